"""`python -m model {info,serve}`: parse arguments, call the package, print (`bench` moved to evaluation)."""

from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m model", description="Reasoning-model host / 推理模型服务"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("info", "show the device found and why, versions, the resolved model / 显示设备与模型"),
        ("bench", "moved: python -m evaluation bench model"),
        ("serve", "serve the model as an OpenAI-compatible API / 以 OpenAI 兼容接口提供服务"),
    ):
        cmd = sub.add_parser(name, help=help_text)
        cmd.add_argument("--model", default=None, help="model spec (default: $TUTOR_MODEL or 'embedded')")
        cmd.add_argument("--device", default=None, help="auto | npu | cuda | cpu (local models)")
        cmd.add_argument("--dtype", default=None, help="bf16 | fp32 | fp16 | auto (local models)")
    info, bench, serve = (sub.choices[n] for n in ("info", "bench", "serve"))
    info.add_argument("--load", action="store_true", help="also load the model and describe it")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--log-level", default="info")
    serve.add_argument("--served-name", default=None, help="model id clients send (default: the spec)")
    if (sys.argv[1:] if argv is None else argv)[:1] == ["bench"]:  # moved: its old arguments are not parsed here
        print("已移至 / moved to: python -m evaluation bench model", file=sys.stderr)
        return 2
    args = parser.parse_args(argv)

    from model.errors import ModelError

    try:
        if args.command == "info":
            from model.registry import host_info, load_model

            report = host_info(args.model, args.device)
            if args.load:
                options = {k: v for k, v in {"device": args.device, "dtype": args.dtype}.items() if v}
                report["loaded"] = load_model(args.model, **options).describe()
            print(json.dumps(report, ensure_ascii=False, indent=2))
        else:
            from model.registry import load_model
            from model.server import serve as run_server

            options = {k: v for k, v in {"device": args.device, "dtype": args.dtype}.items() if v}
            model = load_model(args.model, **options)
            print(f"serving {model.name} on http://{args.host}:{args.port}/v1", file=sys.stderr, flush=True)
            run_server(
                model, host=args.host, port=args.port, log_level=args.log_level, model_id=args.served_name
            )
    except (ModelError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
