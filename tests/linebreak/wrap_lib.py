"""What wrap_every.py and wrap_context.py share: the width a wrapping tool
leaves, the neutral sentences put around a case (no entity, no tense cue
of their own) and the greedy fold."""

WIDTH, MIN_LINE = 72, 54

PRE = ['Les élus ont longuement débattu du texte.',
       'Plusieurs amendements ont été déposés.',
       'Le rapporteur a défendu sa position.',
       "L'opposition a dénoncé un projet mal ficelé.",
       'Les échanges ont été vifs.',
       'Le président de séance a rappelé les règles.']
POST = ('Les débats reprendront dans les prochains jours, et plusieurs '
        'orateurs sont déjà inscrits pour intervenir sur le fond comme sur '
        'la forme du projet.')


def fold(text):
    """Greedy `fold -s`-like wrap of TEXT at WIDTH: lines of words."""
    lines, cur = [], ''
    for w in text.split(' '):
        if cur and len(cur) + 1 + len(w) > WIDTH:
            lines.append(cur)
            cur = w
        else:
            cur = f'{cur} {w}' if cur else w
    lines.append(cur)
    return lines
