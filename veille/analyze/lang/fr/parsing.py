"""What the French parser is known to misread, put right before every dependency parse
(veille.analyze.parse_repair): same-length changes, so offsets stay valid."""

# A known homograph the French tagger reads as an adjective ("dément" = insane): parse a
# same-length verb in its place, offsets stay valid.
PARSE_REPAIRS = {"dément": "réfute", "Dément": "Réfute"}
# Phrases the parser misreads, blanked (group 1) before parsing; offsets stay valid:
# - "A Bruxelles, le commissaire…, Maros Sefcovic, a défendu…": a fronted "à + place" (often with the
#   capital's accent dropped) is read as the verb "a" or as the root, and the real subject is lost;
#   the place stays known from the entities;
# - "Paris a de son côté réclamé…": a phrase between the auxiliary and the participle makes the
#   parser read "a" as the verb "to have".
PARSE_BLANKS = (
    r"^(\s*[AÀ] [A-ZÉÈ][\w'’-]*(?: [A-ZÉÈ][\w'’-]*){0,3},)",
    r"\b(?:a|ont|avait|avaient|aurait|auraient|avons|est|sont|était|étaient)\s+"
    r"(de (?:son|leur) côté|pour (?:sa|leur) part|à (?:son|leur) tour|quant à (?:lui|elle|eux|elles)"
    r"|(?:lui|elle|eux|elles)(?: aussi|-mêmes?)?|une nouvelle fois|de nouveau)\s+(?=\w+(?:é|ée|és|ées|i|is|u|us|it)\b)",
)
