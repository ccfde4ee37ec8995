"""A core Message survives pickling (workout refusals come back from worker processes) with its template."""

from __future__ import annotations

import pickle

from recoverykit.core.messages import msg


def test_a_message_pickles_as_its_template_and_arguments():
    message = msg("{file}: {reason}", file="run{1}.fit", reason=msg("not a FIT, GPX or TCX file"))
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message == "run{1}.fit: not a FIT, GPX or TCX file"
    assert copy.code == "{file}: {reason}" and dict(copy.args)["reason"].code == "not a FIT, GPX or TCX file"
    words = {"{file}: {reason}": "{file}：{reason}", "not a FIT, GPX or TCX file": "不是 FIT、GPX 或 TCX 文件"}
    assert copy.render(words.get) == "run{1}.fit：不是 FIT、GPX 或 TCX 文件"
