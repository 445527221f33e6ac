"""Everything Qt: models, views, dialogs, notifier, workers, undo commands."""
