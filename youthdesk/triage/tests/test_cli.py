"""The `youthdesk triage` command contract: one JSON line out per line in, in order; --eval prints metrics."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

KEYS = {"id", "grade", "categories", "subject", "place", "force", "cues"}


def run(stdin: str, monkeypatch, *args) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    out = io.StringIO()
    call_command("triage", *args, stdout=out)
    return out.getvalue()


def test_one_line_out_per_line_in_in_order(monkeypatch):
    lines = [
        {"id": "x1", "text": "i took 20 paracetamol an hour ago"},
        {"id": 2, "text": "what age can i get a tattoo"},
        {"id": None, "text": ""},
        {"id": "x4", "text": "someone stole my bike"},
    ]
    out = run("\n".join(json.dumps(x) for x in lines) + "\n", monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["x1", 2, None, "x4"]
    assert all(set(r) == KEYS for r in rows)
    assert [r["grade"] for r in rows] == ["immediate", "standard", "standard", "medium"]
    assert rows[0]["categories"] == ["suicide_self_harm"]
    assert rows[0]["cues"][0]["words"]
    assert rows[1]["force"] is None


def test_bad_line_is_a_clear_error(monkeypatch):
    with pytest.raises(CommandError, match="line 2: not valid JSON"):
        run('{"id": 1, "text": "hi"}\nnot json\n', monkeypatch)
    with pytest.raises(CommandError, match='line 1: expected an object with "id" and "text"'):
        run('{"id": 1}\n', monkeypatch)


def test_eval_prints_the_metrics(tmp_path, monkeypatch):
    path = tmp_path / "set.jsonl"
    rows = [
        {
            "text": "i took 20 paracetamol an hour ago",
            "grade": "immediate",
            "categories": ["suicide_self_harm"],
            "force": None,
        },
        {"text": "hello", "grade": "standard", "categories": [], "force": None},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    out = run("", monkeypatch, "--eval", str(path), "--json")
    metrics = json.loads(out)
    assert metrics["engine"]["recall_immediate"] == 1.0
    assert metrics["engine"]["confusion"]["standard"]["standard"] == 1
    assert "baseline" in metrics
    text = run("", monkeypatch, "--eval", str(path))
    assert "precision" in text and "confusion" in text and "category recall" in text


def test_eval_refuses_a_bad_label(tmp_path, monkeypatch):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"text": "x", "grade": "urgent", "categories": []}))
    with pytest.raises(CommandError, match='"grade" must be one of'):
        run("", monkeypatch, "--eval", str(path))
