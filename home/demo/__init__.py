"""Fictional Dutch demo content for the LOC cliëntenraden knowledge base."""
