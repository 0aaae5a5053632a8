"""`python -m tutor_graph {solve,bench,reading-bench,train,tutor}`: parse arguments and call the package.

    python -m tutor_graph solve "解方程 x^2-5x+6=0" [--model SPEC] [--methods N] [--json] [--lang zh|en]
    python -m tutor_graph reading-bench [--limit N] [--only paper bank latency] [--out DIR]
    python -m tutor_graph train sft|grpo --base SPEC --data DIR --out DIR [--lora] [--max-steps N]
    python -m tutor_graph train figures --data DIR --out DIR [--base SPEC] [--sft-steps N] [--grpo-steps N]
    python -m tutor_graph tutor --problem ID|TEXT --script TURNS.jsonl [--json] [--thread ID] [--db FILE] [--lang zh|en]
    python -m tutor_graph bank-snapshot --out FILE.json [--lang zh|en ...] [--module M ...] [--quiet]
    python -m tutor_graph bank-diff BEFORE.json AFTER.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tutor_graph.context import OPTIONAL_NODES, Settings


def _settings(args: argparse.Namespace) -> Settings:
    nodes = None
    if args.skip:
        nodes = OPTIONAL_NODES - set(args.skip)
    return Settings().with_(
        model=args.model, methods=args.methods, lang=args.lang, model_use=args.model_use,
        repair_budget=args.repair_budget, max_tokens=args.max_tokens, nodes=nodes,
    )


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help="model spec: embedded | hf:PATH | gguf:FILE | openai:URL?model=NAME "
                                        "(default: env TUTOR_MODEL, else embedded)")
    parser.add_argument("--methods", type=int, help="number of solution methods to aim for (default 2)")
    parser.add_argument("--lang", choices=["zh", "en"], help="language of prompts and output (default zh)")
    parser.add_argument("--model-use", choices=["auto", "always", "never"],
                        help="when model nodes run (default auto: the embedded demo model is skipped on "
                             "problems the symbolic specialist recognises)")
    parser.add_argument("--repair-budget", type=int, help="repair tries per refuted step (default 1)")
    parser.add_argument("--max-tokens", type=int, help="max new tokens per model call (default 768; 96 for the embedded demo model)")
    parser.add_argument("--skip", nargs="*", choices=sorted(OPTIONAL_NODES), default=[],
                        help="optional nodes to leave out")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tutor_graph", description="问题链数学导师 · question-chain solver")
    sub = parser.add_subparsers(dest="command", required=True)
    solve_p = sub.add_parser("solve", help="solve one problem and print its question chain")
    solve_p.add_argument("text", help="the problem text (Chinese or English, LaTeX allowed)")
    solve_p.add_argument("--json", action="store_true", help="print the Result as JSON")
    _common(solve_p)
    sub.add_parser("bench", help="moved: python -m evaluation bench graph")
    _train_parser(sub)
    tutor_p = sub.add_parser("tutor", help="play scripted student turns through the tutoring loop")
    tutor_p.add_argument("--problem", required=True, help="a bank problem id (e.g. quadratics-001) or a problem's text")
    tutor_p.add_argument("--script", required=True, type=Path,
                         help='student turns, one JSON object a line: {"say": "..."} ("-" for stdin)')
    tutor_p.add_argument("--json", action="store_true",
                         help='one JSON line per tutor reply: {"reply","step","verdict","hint_level","done"}')
    tutor_p.add_argument("--thread", help="the student's thread id (default: one per problem); the same thread "
                                          "and --db resume a session where it stopped")
    tutor_p.add_argument("--db", type=Path, help="SQLite checkpoint file (default: env TUTOR_TUTORING_DB, else "
                                                 "~/.local/share/question-chain-tutor/tutoring.sqlite)")
    tutor_p.add_argument("--lang", choices=["zh", "en"], default="zh", help="language of the replies (default zh)")
    reading_p = sub.add_parser("reading-bench", help="figures of the reading layer: GAOKAO-Bench paper I, the bank, "
                                                  "fail-fast latency (last line: JSON)")
    reading_p.add_argument("--limit", type=int, help="only the first N items of each set")
    reading_p.add_argument("--only", nargs="*", choices=["paper", "bank", "latency"], help="which figures (default all)")
    reading_p.add_argument("--out", type=Path, help="write the graded paper items here")
    _snapshot_parsers(sub)
    if (sys.argv[1:] if argv is None else argv)[:1] == ["bench"]:  # moved: its old arguments are not parsed here
        print("已移至 / moved to: python -m evaluation bench graph", file=sys.stderr)
        return 2
    args = parser.parse_args(argv)
    if args.command in ("bank-snapshot", "bank-diff"):
        return _snapshot(args)
    if args.command == "train":
        return _train(args)
    if args.command == "tutor":
        return _tutor(args, parser)
    if args.command == "reading-bench":
        from tutor_graph.reading.bench import run

        print(json.dumps(run(args.limit, tuple(args.only or ("paper", "bank", "latency")), args.out), ensure_ascii=False))
        return 0
    from tutor_graph.bounded_tasks import register_tasks
    from tutor_graph.checks import warm_up

    register_tasks()  # before the workers start, so they warm the specialist up
    warm_up()  # the checker's workers import SymPy and the specialist while the graph is built
    try:
        settings = _settings(args)
    except ValueError as err:
        parser.error(str(err))

    if args.command == "solve":
        from tutor_graph.rendering import render_text
        from tutor_graph.solve import solve

        result = solve(args.text, settings)
        print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else render_text(result, settings.lang))
        return 0 if result["solutions"] else 1

    return 2  # every command is dispatched above


def _train_parser(sub) -> None:
    p = sub.add_parser("train", help="fine-tune a local model on verified chains (SFT) or with the SymPy reward "
                                     "(GRPO); `figures` measures both; last line JSON")
    p.add_argument("method", choices=["sft", "grpo", "figures"])
    p.add_argument("--data", required=True, type=Path, help="folder written by `python -m content export-sft`")
    p.add_argument("--out", required=True, type=Path, help="output folder (loads back as a model spec)")
    p.add_argument("--base", default="embedded", help="local model spec to start from (default embedded)")
    p.add_argument("--lora", action="store_true", help="train a LoRA adapter instead of every weight")
    p.add_argument("--max-steps", type=int, default=10)
    p.add_argument("--limit", type=int, help="only the first N training rows")
    p.add_argument("--batch-size", type=int)
    p.add_argument("--learning-rate", type=float)
    p.add_argument("--max-length", type=int, help="SFT: tokens of prompt + completion (default 512)")
    p.add_argument("--max-completion-length", type=int, help="GRPO: tokens generated per completion (default 128)")
    p.add_argument("--num-generations", type=int, help="GRPO: completions per prompt (default 2)")
    p.add_argument("--device", help="auto | npu | cuda | cpu (default: env TUTOR_DEVICE, else auto)")
    p.add_argument("--use-vllm", action="store_true", help="GRPO: generate with vLLM / vllm-ascend (colocated)")
    p.add_argument("--sft-steps", type=int, default=3, help="figures: SFT steps")
    p.add_argument("--grpo-steps", type=int, default=3, help="figures: GRPO steps")
    p.add_argument("--heldout", type=int, default=8, help="figures: held-out prompts answered before and after")


def _snapshot_parsers(sub) -> None:
    snap = sub.add_parser("bank-snapshot", help="every bank problem in symbolic mode: type, each method's claims, "
                                                "verdicts and answers (JSON file); run with TUTOR_TIME_SCALE raised")
    snap.add_argument("--out", required=True, type=Path, help="the snapshot file to write")
    snap.add_argument("--lang", nargs="+", choices=["zh", "en"], default=["zh", "en"],
                      help="problem texts (default both)")
    snap.add_argument("--quiet", action="store_true", help="no per-problem progress lines")
    snap.add_argument("--module", nargs="+", default=[], help="only these bank modules (bank-diff then compares "
                                                              "only them)")
    diff = sub.add_parser("bank-diff", help="lost or changed types, verdicts and answers between two snapshots "
                                            "(last line JSON; exit 1 if anything was lost)")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)


def _snapshot(args: argparse.Namespace) -> int:
    from tutor_graph.specialist.snapshot import diff_files, write_snapshot

    if args.command == "bank-snapshot":
        say = None if args.quiet else (lambda m: print(m, file=sys.stderr, flush=True))
        print(json.dumps(write_snapshot(args.out, tuple(args.lang), say, tuple(args.module)), ensure_ascii=False))
        return 0
    try:
        lines, summary = diff_files(args.before, args.after)
    except (OSError, ValueError, KeyError) as err:
        print(f"bank-diff: {err}", file=sys.stderr)
        return 2
    for line in lines:
        print(line)
    print(json.dumps(summary, ensure_ascii=False))
    return 0 if summary["ok"] else 1


def _train(args: argparse.Namespace) -> int:
    from model.errors import ModelError
    from tutor_graph.bounded_tasks import register_tasks
    from tutor_graph.checks import warm_up
    from tutor_graph.training.running import figures, train

    register_tasks()
    warm_up()
    try:
        return _run_train(args, figures, train)
    except (ModelError, OSError, ValueError) as err:  # a bad spec, a missing file: say so, no traceback
        print(f"train: {err}", file=sys.stderr)
        return 2


def _run_train(args: argparse.Namespace, figures, train) -> int:
    if args.method == "figures":
        result = figures(args.data, args.out, base=args.base, sft_steps=args.sft_steps, grpo_steps=args.grpo_steps,
                         heldout=args.heldout, say=lambda m: print(m, file=sys.stderr, flush=True))
        print(json.dumps(result, ensure_ascii=False))
        return 0
    report = train(
        args.method, args.data, limit=args.limit, base=args.base, out=str(args.out), lora=args.lora,
        max_steps=args.max_steps, batch_size=args.batch_size, learning_rate=args.learning_rate,
        max_length=args.max_length, max_completion_length=args.max_completion_length,
        num_generations=args.num_generations, device=args.device, use_vllm=args.use_vllm or None,
    )
    report.pop("log")
    print(json.dumps(report, ensure_ascii=False))
    return 0


def _tutor(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import hashlib

    from tutor_graph.tutoring.session import read_script, run_script

    try:
        text = sys.stdin.read() if str(args.script) == "-" else args.script.read_text(encoding="utf-8")
        turns = list(read_script(text.splitlines()))
    except (OSError, ValueError) as err:
        parser.error(f"--script: {err}")
    thread = args.thread or "cli:" + hashlib.sha1(args.problem.encode()).hexdigest()[:12]
    for reply in run_script(args.problem, turns, thread, args.db, args.lang):
        if args.json:
            print(json.dumps(reply, ensure_ascii=False), flush=True)
        else:
            verdict = f"[{reply['verdict']}] " if reply["verdict"] else ""
            print(f"导师 / tutor (问 {reply['step'] + 1}, 提示 {reply['hint_level']}): {verdict}{reply['reply']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
