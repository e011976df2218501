"""Readers: bytes from files, directories, stdin and URLs become `Article`s (or `Reject`s with a reason).

Entry points: `sources.iter_inputs` (targets -> RawInput | Reject), `registry.read_input`
(RawInput -> Article | Reject, never raises), `registry.READERS` (wire, html, feed, jsonl) and
`credits.credit_span` (where the closing credit line sits in `Article.text`).
"""
