"""Tiny module measured by coverage.py for the not-junit fixtures."""


def add(a, b):
    return a + b


def discount(total):
    if total > 100:
        return total - 10
    return total
