"""python -m platform_api --host 127.0.0.1 --port PORT (settings from the environment, see config.py)."""

from __future__ import annotations

import argparse
import dataclasses
import logging

import uvicorn

from .app import create_app
from .config import Settings
from .db import Database
from .seed import seed_if_empty


def main() -> None:
    parser = argparse.ArgumentParser(prog="platform_api", description="Platform Admin API v1 reference service")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    # Also on the command line (not only CUSTOS_PLATFORM_DB) so the devstack finds its own process by it.
    parser.add_argument("--db", help="SQLite database file (default: $CUSTOS_PLATFORM_DB)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings.from_env()
    if args.db:
        settings = dataclasses.replace(settings, db_path=args.db)
    db = Database(settings.db_path)
    seed_if_empty(db, settings)
    asgi, _ = create_app(settings, db)
    # One process, one worker: the SQLite connection and the idempotency lock live in this process.
    uvicorn.run(asgi, host=args.host, port=args.port, log_level="info", access_log=True,
                proxy_headers=False, server_header=False)


if __name__ == "__main__":
    main()
