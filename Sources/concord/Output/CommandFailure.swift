import ConcordAlign
import ConcordGlossary
import ConcordText

/// A failure to report as one line on standard error, with its exit status.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    let status: ExitStatus

    var description: String { message }

    init(_ message: String, status: ExitStatus) {
        self.message = message
        self.status = status
    }

    /// The failure for any error a library throws.
    init(_ error: any Error) {
        switch error {
        case let failure as CommandFailure:
            self = failure
        case let error as DocumentError:
            switch error {
            case .notFound, .isDirectory, .unreadable: self.init(error.description, status: .noInput)
            default: self.init(error.description, status: .dataError)
            }
        case let error as LanguageDetector.Failure:
            self.init(error.description, status: .dataError)
        case let error as ICUError:
            self.init(error.description, status: .software)
        case let error as GlossaryError:
            self.init(error.description, status: .dataError)
        case let error as GlossaryImportError:
            self.init(error.description, status: .dataError)
        case let error as DataFileError:
            self.init(error.description, status: .dataError)
        case let error as OutputError:
            self.init(error.description, status: .cannotCreate)
        default:
            self.init(String(describing: error), status: .software)
        }
    }
}
