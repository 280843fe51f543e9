import ArgumentParser
@main struct Verkosto: ParsableCommand {}
