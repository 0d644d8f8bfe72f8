import ConcordText
import Foundation

/// Finds and reads glossary files: a file, or every `.tsv` and `.csv` file of a folder (not
/// its subfolders), in name order.
public enum GlossaryLoader {
    /// The folder used when no glossary is named: `./Glossaries`.
    public static let defaultFolder = "Glossaries"

    /// The files a list of paths stands for.
    ///
    /// - Throws: ``GlossaryError`` for a missing path or a folder with no glossary file.
    public static func files(at paths: [String]) throws(GlossaryError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw GlossaryError(path: path, "no such file or folder")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
                throw GlossaryError(path: path, "cannot list the folder")
            }
            let tables = names.filter { format(ofFile: $0) != nil && !$0.hasPrefix(".") }.sorted()
            guard !tables.isEmpty else { throw GlossaryError(path: path, "no .tsv or .csv glossary file in this folder") }
            files += tables.map { (path.hasSuffix("/") ? path : path + "/") + $0 }
        }
        return files
    }

    /// The table syntax a file name implies: `.csv` is CSV, anything else TSV.
    static func format(ofFile name: String) -> DelimitedFormat? {
        let lower = name.lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") || lower.hasSuffix(".txt") { return .tsv }
        return nil
    }

    /// Reads the glossary files at `paths` and checks them, returning every problem found:
    /// syntax errors from reading and the checks of ``GlossaryValidator``.
    ///
    /// - Throws: ``GlossaryError`` only when a path cannot be found or read at all.
    public static func read(paths: [String]) throws(GlossaryError) -> (glossary: Glossary, problems: [GlossaryProblem]) {
        var reader = GlossaryTableReader()
        for file in try files(at: paths) {
            let document: TextDocument
            do { document = try TextDocument.read(path: file) } catch {
                throw GlossaryError(error.description)
            }
            reader.read(document.text, path: file, format: format(ofFile: file) ?? .tsv)
        }
        let glossary = Glossary(concepts: reader.concepts)
        return (glossary, reader.problems + GlossaryValidator().problems(in: glossary))
    }

    /// Reads glossary files that must be free of errors (warnings are allowed).
    ///
    /// - Throws: ``GlossaryError`` with every error found.
    public static func load(paths: [String]) throws(GlossaryError) -> Glossary {
        let (glossary, problems) = try read(paths: paths)
        let errors = problems.filter { $0.severity == .error }
        guard errors.isEmpty else { throw GlossaryError(problems: errors) }
        return glossary
    }
}
