from ita_lint.cli import main

# guarded: worker processes (multiprocessing, anyio) import the main module of their parent
if __name__ == "__main__":
    main()
