"""The filter language: text -> FilterSpec -> SQL and Python predicates."""
