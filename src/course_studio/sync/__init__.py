"""Client side of sync: outbox push, paged pull, 3-way merge, conflicts."""
