import ArgumentParser
import ConcordText

/// `--lang`: a language code, or `auto` to detect English, French or Chinese.
enum LanguageChoice: ExpressibleByArgument, CustomStringConvertible {
    case auto
    case fixed(Language)

    init?(argument: String) {
        if argument.lowercased() == "auto" {
            self = .auto
        } else if let language = Language(code: argument) {
            self = .fixed(language)
        } else {
            return nil
        }
    }

    var description: String {
        switch self {
        case .auto: return "auto"
        case .fixed(let language): return language.code
        }
    }

    static var defaultCompletionKind: CompletionKind { .list(["auto", "en", "fr", "zh"]) }

    /// The language given, or nil for `auto`.
    var fixed: Language? {
        if case .fixed(let language) = self { return language }
        return nil
    }

    /// The language chosen, or `fallback` for `auto` (when there is nothing to detect from).
    func resolveOrDefault(_ fallback: Language) throws -> Language {
        switch self {
        case .fixed(let language): return language
        case .auto: return fallback
        }
    }

    /// The language to use for `document`.
    func resolve(for document: TextDocument) throws -> Language {
        switch self {
        case .fixed(let language): return language
        case .auto: return try LanguageDetector().detect(document)
        }
    }
}
