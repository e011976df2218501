"""What the English parser is known to misread, put right before every dependency parse
(veille.analyze.parse_repair). Nothing so far."""

PARSE_REPAIRS: dict[str, str] = {}
PARSE_BLANKS: tuple[str, ...] = ()
