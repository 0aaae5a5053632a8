"""Local transformers backend: a Hugging Face folder or a GGUF file on NPU, CUDA or CPU."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig, StoppingCriteriaList

from model.base import Completion, GenerationConfig, Message
from model.checkpoints import cached_folder, save_checkpoint
from model.devices import DeviceChoice, choose_device, cpu_threads
from model.generation import StopGuard, TokenQueue, cut_at_stop, stable_prefix
from model.reasoning import split_reasoning


class LocalModel:
    """A causal LM loaded once; chat, stream and batch share it under one lock."""

    # Rows decoded together: every row waits for the longest answer and pads to the longest
    # prompt, so one huge batch wastes work (and memory on an accelerator).
    max_batch = 8

    def __init__(
        self,
        path: str | Path,
        *,
        gguf_file: str | None = None,
        name: str = "",
        device: str | None = None,
        dtype: str | None = None,
        threads: int | str | None = None,
        adapter: str | Path | None = None,
    ):
        self.path, self.gguf_file = Path(path), gguf_file
        self.adapter = Path(adapter) if adapter else None
        self.name = name or str(self.path / (gguf_file or ""))
        self.choice: DeviceChoice = choose_device(device, dtype)
        if self.choice.kind == "cpu":
            torch.set_num_threads(cpu_threads(threads))  # process-wide: see cpu_threads for why
        # One generation at a time: Streamlit runs each session in its own thread.
        self._lock = threading.Lock()
        # The fast tokenizer mutates its Rust state to set padding, which raises "Already
        # borrowed" if another thread is decoding at that moment: every tokenizer call takes this.
        self._tokenizer_lock = threading.RLock()

        started = time.perf_counter()
        self.weights_cache = cached_folder(self.path / gguf_file) if gguf_file else None
        self.tokenizer, self.model, self.loaded_from = self._load()
        if self.adapter is not None:
            self.model = self._merge_adapter(self.model, self.adapter)
        self.model.eval()
        self.load_s = time.perf_counter() - started
        self.tokenizer.padding_side = "left"  # batched decoding appends on the right
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token

        eos = self.model.generation_config.eos_token_id
        eos = eos if isinstance(eos, list) else [eos]
        self.eos_ids = {i for i in [*eos, self.tokenizer.eos_token_id] if i is not None}
        self.pad_id = self.tokenizer.pad_token_id

    # ---- the ChatModel interface ------------------------------------------------------------

    def chat(self, messages: Sequence[Message], config: GenerationConfig | None = None) -> Completion:
        """Complete one conversation."""
        return self.batch([messages], config)[0]

    def batch(
        self, conversations: Sequence[Sequence[Message]], config: GenerationConfig | None = None
    ) -> list[Completion]:
        """Complete many conversations, `max_batch` at a time in left-padded batches."""
        config = config or GenerationConfig()
        results: list[Completion] = []
        for start in range(0, len(conversations), self.max_batch):
            results += self._batch(conversations[start : start + self.max_batch], config)
        return results

    def _batch(
        self, conversations: Sequence[Sequence[Message]], config: GenerationConfig
    ) -> list[Completion]:
        started = time.perf_counter()
        inputs = self._encode(conversations, config)
        prompt_len = inputs["input_ids"].shape[1]
        guard = StopGuard(self._decode, prompt_len, len(conversations), config, self.eos_ids)
        output = self._generate(inputs, config, guard)
        total = time.perf_counter() - started
        generated = output[:, prompt_len:].tolist()
        prompt_tokens = inputs["attention_mask"].sum(dim=1).tolist()
        return [
            self._completion(
                ids, *guard.outcome(row, len(ids)), config, int(prompt_tokens[row]), guard, started, total
            )
            for row, ids in enumerate(generated)
        ]

    def stream(self, messages: Sequence[Message], config: GenerationConfig | None = None) -> Iterator[str]:
        """Yield text pieces as they are decoded; joined they equal the raw text of `chat`."""
        config = config or GenerationConfig()
        inputs = self._encode([messages], config)
        cancel = threading.Event()
        guard = StopGuard(self._decode, inputs["input_ids"].shape[1], 1, config, self.eos_ids, cancel)
        tokens = TokenQueue()
        failure: list[BaseException] = []

        def work() -> None:
            try:
                self._generate(inputs, config, guard, tokens)
            except BaseException as exc:  # re-raised in the consumer's thread below
                failure.append(exc)
                tokens.end()

        worker = threading.Thread(target=work, name="model-stream", daemon=True)
        worker.start()
        ids: list[int] = []
        emitted = ""
        try:
            while (piece := tokens.queue.get()) is not None:
                ids.extend(piece)
                text, _ = cut_at_stop(self._decode(ids), config.stop)
                ready = stable_prefix(text, config.stop)
                if len(ready) > len(emitted) and ready.startswith(emitted):
                    yield ready[len(emitted) :]
                    emitted = ready
            worker.join()
            if failure:
                raise failure[0]
            _, kept = guard.outcome(0, len(ids))
            final = self._raw_text(ids[:kept], config)
            if len(final) > len(emitted):
                yield final[len(emitted) :]
        finally:
            cancel.set()  # a consumer that stops early frees the model at the next token

    def context_window(self) -> int | None:
        """Tokens the checkpoint can attend to (prompt plus reply), when its config says."""
        size = getattr(self.model.config, "max_position_embeddings", None)
        return int(size) if isinstance(size, int) and size > 0 else None

    def count_tokens(self, messages: Sequence[Message], config: GenerationConfig | None = None) -> int:
        """Prompt tokens of a conversation as `chat` would encode it (for the server's length bound)."""
        prompt = self.render(messages, config or GenerationConfig())
        with self._tokenizer_lock:
            return len(self.tokenizer(prompt, add_special_tokens=False)["input_ids"])

    def describe(self) -> dict:
        """Facts for reports: backend, device (and why), dtype, weights, load time."""
        return {
            "backend": "transformers",
            "model": self.name,
            "path": str(self.path),
            "gguf_file": self.gguf_file,
            "device": self.choice.device,
            "device_reason": self.choice.reason,
            "dtype": self.choice.dtype_name,
            "threads": torch.get_num_threads() if self.choice.kind == "cpu" else None,
            "parameters": sum(p.numel() for p in self.model.parameters()),
            "load_s": round(self.load_s, 3),
            "loaded_from": self.loaded_from,
            "weights_cache": str(self.weights_cache) if self.weights_cache else None,
            "adapter": str(self.adapter) if self.adapter else None,
            "chat_template": bool(self.tokenizer.chat_template),
        }

    # ---- steps ------------------------------------------------------------------------------

    def _load(self) -> tuple:
        """Tokenizer, model on the chosen device, and where they came from (folder | cache | gguf)."""
        dtype = self.choice.dtype
        place = {"device_map": {"": self.choice.device}} if self.choice.kind != "cpu" else {}
        if not self.gguf_file:
            model = AutoModelForCausalLM.from_pretrained(self.path, dtype=dtype, **place)
            return AutoTokenizer.from_pretrained(self.path), model, "folder"
        cached = self.weights_cache
        if cached is not None and cached.is_dir():
            model = AutoModelForCausalLM.from_pretrained(cached, dtype=dtype, **place)
            return AutoTokenizer.from_pretrained(cached), model, "cache"
        source = {"gguf_file": self.gguf_file}
        tokenizer = AutoTokenizer.from_pretrained(self.path, **source)
        # Dequantize into plain float32 weights (exact for GGUF blocks, and runnable on any device,
        # NPU included), keep a copy for the next process, then cast and place.
        model = AutoModelForCausalLM.from_pretrained(
            self.path, **source, quantization_config=GgufConfig(dequantize=True), dtype=torch.float32
        )
        if cached is not None:
            save_checkpoint(model, tokenizer, cached)
        placed = model.to(device=self.choice.device, dtype=dtype)  # type: ignore[call-arg]  # transformers' typing of .to
        return tokenizer, placed, "gguf"

    @staticmethod
    def _merge_adapter(model, adapter: Path):
        """Apply a PEFT (LoRA) adapter and fold it into the weights: generation then costs what the base does."""
        from peft import PeftModel

        return PeftModel.from_pretrained(model, adapter).merge_and_unload()

    def render(self, messages: Sequence[Message], config: GenerationConfig | None = None) -> str:
        """The prompt text the model sees: the checkpoint's own chat template, ready for the reply."""
        config = config or GenerationConfig()
        turns = [{"role": m["role"], "content": m["content"]} for m in messages]
        if self.tokenizer.chat_template:
            # enable_thinking is read by Qwen3-style templates and ignored by the rest.
            return self.tokenizer.apply_chat_template(
                turns, tokenize=False, add_generation_prompt=True, enable_thinking=config.enable_thinking
            )
        # A base checkpoint without a template: a plain transcript is the best we can do.
        return "".join(f"{t['role']}: {t['content']}\n" for t in turns) + "assistant: "

    def _encode(self, conversations: Sequence[Sequence[Message]], config: GenerationConfig):
        prompts = [self.render(messages, config) for messages in conversations]
        # The template already holds any special tokens the model expects.
        with self._tokenizer_lock:
            inputs = self.tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False)
        return inputs.to(self.model.device)

    def _generate(self, inputs, config: GenerationConfig, guard: StopGuard, streamer=None) -> torch.Tensor:
        options: dict = {
            "max_new_tokens": config.max_new_tokens,
            "stopping_criteria": StoppingCriteriaList([guard]),
            "pad_token_id": self.pad_id,
            "streamer": streamer,
        }
        if config.temperature > 0:
            options.update(do_sample=True, temperature=config.temperature, top_p=config.top_p, top_k=None)
        else:  # greedy: clear sampling knobs a checkpoint's generation_config may carry
            options.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        with self._lock, torch.inference_mode():
            if config.temperature > 0:
                torch.manual_seed(config.seed)  # reproducible sampling
            return self.model.generate(**inputs, **options)

    def _decode(self, ids: list[int]) -> str:
        with self._tokenizer_lock:
            return self.tokenizer.decode(ids, skip_special_tokens=True)

    def _raw_text(self, ids: list[int], config: GenerationConfig) -> str:
        return cut_at_stop(self._decode(ids), config.stop)[0]

    def _completion(self, ids, reason, kept, config, prompt_tokens, guard, started, total) -> Completion:
        reasoning, text = split_reasoning(self._raw_text(ids[:kept], config))
        first = guard.first_token_at
        return Completion(
            text=text,
            reasoning=reasoning,
            prompt_tokens=prompt_tokens,
            completion_tokens=kept,
            ttft_s=(first - started) if first else total,
            total_s=total,
            finish_reason=reason,
            model=self.name,
        )
