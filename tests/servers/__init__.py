"""Real servers for the integration and contract tests; see README.md here."""
