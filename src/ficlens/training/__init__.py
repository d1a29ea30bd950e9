"""Training apart from the stages: each trainer writes its model files to a folder it is given and
never into the package (``make train`` trains into build/train and copies the files in).

``characters.py`` and ``dialogue.py`` are the two commands; the characters stage's models are
fitted by ``pronoun_ranker.py``, ``word_clusters.py``, ``mention_tagger.py`` and
``mention_boundaries.py``; ``run_characters.py`` runs the stage with the models being fitted, and
``litbank.py`` holds the LitBank readers and scorers the trainers share with ``ficlens.eval``.
"""
