"""What the frozen ``course-studio`` executable runs: the same entry point as the
console script (``course_studio.cli:main``)."""

import sys

from course_studio.cli import main

if __name__ == "__main__":
    sys.exit(main())
