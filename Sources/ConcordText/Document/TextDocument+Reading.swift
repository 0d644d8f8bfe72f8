import Foundation

extension TextDocument {
    /// Reads and decodes the file at `path`; `-` reads standard input.
    ///
    /// - Throws: ``DocumentError`` when the path is missing, a directory, unreadable, or not
    ///   clean text (see ``TextDecoder``).
    public static func read(path: String) throws(DocumentError) -> TextDocument {
        if path == "-" { return try readStandardInput() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw .unreadable(path: path, reason: Self.reason(error))
        }
        return try decode(data, name: path)
    }

    /// Reads all of standard input and decodes it, naming it `<stdin>` in diagnostics.
    public static func readStandardInput() throws(DocumentError) -> TextDocument {
        let data: Data
        do {
            data = try FileHandle.standardInput.readToEnd() ?? Data()
        } catch {
            throw .unreadable(path: "<stdin>", reason: Self.reason(error))
        }
        return try decode(data, name: "<stdin>")
    }

    private static func decode(_ data: Data, name: String) throws(DocumentError) -> TextDocument {
        let result = data.withUnsafeBytes { raw -> Result<TextDocument, DocumentError> in
            do throws(DocumentError) {
                return .success(try TextDecoder.decode(raw, name: name))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return nsError.localizedDescription
    }
}
