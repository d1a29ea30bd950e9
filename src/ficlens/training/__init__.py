"""Training apart from the stages: the corpus readers the trainers share with `ficlens.eval`."""
