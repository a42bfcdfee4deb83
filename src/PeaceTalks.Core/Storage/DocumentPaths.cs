using PeaceTalks.Core.Documents;

namespace PeaceTalks.Core.Storage;

/// <summary>Expands the command line's files and folders into the documents to import.</summary>
public static class DocumentPaths
{
    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown" };

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path)
                    .Where(f => DocumentExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .Where(f => !string.Equals(Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
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
