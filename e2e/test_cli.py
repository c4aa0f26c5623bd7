"""The command line on a fresh data folder: no account until one is made, migrations that ask first."""

import os
import subprocess

from conftest import _thidua_bin


def run(args, data_dir, stdin=""):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["THIDUA_DATA_DIR"] = str(data_dir)
    return subprocess.run([_thidua_bin(), *args], input=stdin, capture_output=True, text=True, env=env, timeout=120)


def test_migrate_asks_first_and_user_create_makes_the_first_account(tmp_path):
    refused = run(["migrate"], tmp_path)
    assert refused.returncode != 0
    assert "--yes" in refused.stderr

    migrated = run(["migrate", "--yes"], tmp_path)
    assert migrated.returncode == 0, migrated.stderr
    assert "migration" in migrated.stdout

    assert run(["user", "list"], tmp_path).stdout.strip() == ""

    short = run(["user", "create", "--role", "admin"], tmp_path, stdin="ngan\n")
    assert short.returncode != 0
    assert "ít nhất 8 ký tự" in short.stderr

    created = run(["user", "create", "--role", "admin"], tmp_path, stdin="mat-khau-dai-hon\n")
    assert created.returncode == 0, created.stderr
    listed = run(["user", "list"], tmp_path).stdout
    assert listed.startswith("admin\tadmin")
    assert "mat-khau-dai-hon" not in listed + created.stdout + created.stderr


def test_a_bad_database_url_is_told_in_vietnamese(tmp_path):
    env = {k: v for k, v in os.environ.items()}
    env["DATABASE_URL"] = "mysql://x"
    out = subprocess.run([_thidua_bin(), "migrate", "--yes"], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode != 0
    assert "DATABASE_URL không hợp lệ" in out.stderr
