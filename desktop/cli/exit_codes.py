"""The command line's exit statuses (the README lists them)."""

BAD_INPUT = 3  # input to correct: a bad file, a mistyped date, an unknown id
LIBRARY = 4  # the library is locked, damaged, read-only, on a full disk or too new
NO_DISPLAY = 5  # the window was asked for where there is no display
BUG = 70  # something unexpected: details in the log (sysexits' EX_SOFTWARE)
INTERRUPTED = 130  # Ctrl+C
READER_GONE = 141  # stdout's reader closed the pipe, as for any tool SIGPIPE stops
