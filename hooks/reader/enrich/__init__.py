"""Enrich stage: find glossary terms and actors in the documents and relate passages."""
