import VerkostoSupport

/// A failure of the store itself: missing files, unusable databases, I/O.
public struct StoreError: VerkostoError {
    public var kind: FailureKind
    public var message: String

    public init(_ kind: FailureKind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
