from hypothesis import settings

# No example database (.hypothesis/ in the working folder) and the same
# examples on every run, so that the report regenerates the same.
settings.register_profile("fixture", database=None, derandomize=True)
settings.load_profile("fixture")
