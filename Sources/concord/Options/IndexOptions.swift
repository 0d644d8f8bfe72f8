import ArgumentParser
import ConcordAudit
import ConcordGlossary

/// Where `audit` and `glossary discover` get the glossary's variant index: from the index
/// cache while the glossary files are unchanged, else built and saved there.
struct IndexOptions: ParsableArguments {
    @Flag(name: .customLong("no-index-cache"), help: "Build the glossary's variant index without reading or writing the index cache ($CONCORD_INDEX_CACHE, else ~/.cache/concord/indexes).")
    var noIndexCache = false

    /// The index of the glossary `options` name; its warnings go to standard error.
    func index(_ options: GlossaryOptions) throws -> VariantIndex {
        if noIndexCache {
            let (glossary, warnings) = try GlossaryOptions.read(try options.paths())
            GlossaryOptions.report(warnings)
            return try VariantIndex(glossary: glossary)
        }
        // The files read are the files keyed: a folder's listing is taken once.
        let files = try GlossaryLoader.files(at: try options.paths())
        let entry = try IndexCache(folder: IndexCache.defaultFolder()).index(files: files) { () throws(GlossaryError) in try GlossaryOptions.read(files) }
        GlossaryOptions.report(entry.warnings)
        return entry.index
    }
}
