"""Importing LOC's plain-text exports (magazine articles and the Opleidingsgids) into the site."""
