using PeaceTalks.Core.Documents;

namespace PeaceTalks.Core.Storage;

/// <summary>Expands the command line's files and folders into the documents to import.</summary>
public static class DocumentPaths
{
    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown" };

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) => Expand(paths, []);

    /// <summary>
    /// The documents to import. A FIFO, socket or device in a folder (<see cref="FileKind"/>) is left out with a warning
    /// in <paramref name="skipped"/>: reading one could wait for ever. Named on its own, it is refused.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, ICollection<ImportWarning> skipped)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (!FileKind.IsRegular(path))
                {
                    throw new ImportException(path, null, "is not a regular file (a FIFO, socket or device); it was not read.", "Import a saved copy of the document.");
                }

                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path)
                    .Where(f => DocumentExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .Where(f => !string.Equals(Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                foreach (var special in found.Where(f => !FileKind.IsRegular(f)).ToList())
                {
                    skipped.Add(new ImportWarning(special, null, "skipped: not a regular file (a FIFO, socket or device), so it was not read."));
                    found.Remove(special);
                }

                if (found.Count == 0)
                {
                    throw new ImportException(path, null, "the folder holds no documents (.txt, .md).", "Point the import at a folder of documents.");
                }

                files.AddRange(found.Select(Path.GetFullPath));
            }
            else
            {
                throw new ImportException(path, null, "no such file or folder.", "Check the path.");
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }
}
