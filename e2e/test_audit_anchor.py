"""The audit log's tail cannot be cut unnoticed (issue 9, item 7), and the SQLite file is the owner's only
(item 12): through the command line, on a demo database, with the same steps as the probe."""

import os
import re
import shutil
import sqlite3
import stat
import subprocess

from test_exports import _thidua_bin, thidua

KEY = "khoa-ky-diem-moc-cua-to-chuc-dai-it-nhat-32-ky-tu"


def run(args, data_dir, key=KEY):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["THIDUA_DATA_DIR"] = str(data_dir)
    if key:
        env["THIDUA_AUDIT_KEY"] = key
    return subprocess.run([_thidua_bin(), *args], capture_output=True, text=True, env=env, timeout=300)


def cut_tail(db, keep):
    con = sqlite3.connect(db)
    (hash_,) = con.execute("select hash from audit_events where seq = ?", (keep,)).fetchone()
    con.execute("delete from audit_events where seq > ?", (keep,))
    con.execute("update audit_head set seq = ?, hash = ? where id = 1", (keep, hash_))
    con.commit()
    con.close()


def test_a_cut_tail_is_caught_by_the_checkpoint_and_by_an_anchor(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    thidua(["demo"], data)
    db = data / "thidua.sqlite"
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600

    written = run(["audit", "checkpoint"], data)
    assert written.returncode == 0, written.stderr
    seq, head = re.search(r"sự kiện số (\d+), mã băm ([0-9a-f]{64})", written.stdout).groups()
    assert run(["audit", "verify", "--anchor", head], data).stdout.startswith("OK")

    # The probe's attack: delete the last events and move audit_head back.
    copy = tmp_path / "cut"
    copy.mkdir()
    shutil.copy(db, copy / "thidua.sqlite")
    cut_tail(copy / "thidua.sqlite", int(seq) - 3)
    plain = run(["audit", "verify"], copy, key=None)
    assert plain.returncode == 1
    assert "bị cắt" in plain.stderr

    # Checkpoints deleted too: the head kept elsewhere still names the cut.
    con = sqlite3.connect(copy / "thidua.sqlite")
    con.execute("delete from audit_checkpoints")
    con.commit()
    con.close()
    anchored = run(["audit", "verify", "--anchor", head], copy)
    assert anchored.returncode == 1
    assert "không còn trong chuỗi" in anchored.stderr


def test_checkpoint_needs_the_key(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    thidua(["migrate", "--yes"], data)
    out = run(["audit", "checkpoint"], data, key=None)
    assert out.returncode == 1
    assert "THIDUA_AUDIT_KEY" in out.stderr
