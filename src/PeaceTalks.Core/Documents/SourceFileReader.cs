using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PeaceTalks.Core.Documents;

/// <summary>Reads a document's bytes and decodes them, leniently where no text can be lost.</summary>
public static class SourceFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly UnicodeEncoding StrictUtf16 = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);

    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The largest document one import reads: 4 MiB, fifty times the longest article or answer of the corpora. A
    /// document is held whole while it is read and extracted (up to about 100 bytes a byte of text, measured on an
    /// answer of one 8 MiB line: 627 MB), so this is what keeps one document's import under 600 MB (4 MiB: 441 MB at
    /// most, bench/import-large.sh); a larger file is refused before it is read, with a word to split it.
    /// </summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    /// <summary>
    /// Reads and checks a file as <see cref="Read"/> does, then lets its text go: it is read again when a stage asks for
    /// it, and refused then if its bytes changed in between.
    /// </summary>
    public static SourceFile Open(string path)
    {
        var opened = Read(path);
        var source = opened with
        {
            Reread = () =>
            {
                var again = Read(path);
                return again.Sha256 == opened.Sha256
                    ? again.Raw
                    : throw new ImportException(path, null, "the file changed while it was being imported.", "Import it again once it is no longer being written.");
            },
        };
        source.Release();
        return source;
    }

    public static SourceFile Read(string path)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxBytes)
            {
                throw new ImportException(path, null, string.Create(CultureInfo.InvariantCulture, $"the file is {length / 1048576.0:0.0} MiB, more than the {MaxBytes / 1048576} MiB one document may be."),
                    "Split it into documents of its parts (chapters, sections) and import those.");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new ImportException(path, null, "the file does not exist.", "Check the path.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new ImportException(path, null, "the file cannot be read (permission denied).", "Make it readable and import again.");
        }
        catch (IOException e)
        {
            throw new ImportException(path, null, $"the file cannot be read: {e.Message}");
        }

        try
        {
            return Decode(name, bytes) with { Where = path };
        }
        catch (ImportException e) when (e.File == name)
        {
            throw new ImportException(path, e.Line, e.Problem, e.Advice);
        }
    }

    public static SourceFile Decode(string fileName, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        string text;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            // A UTF-16 file with its byte-order mark is unambiguous: read it rather than refuse it. Strictly, as UTF-8 is
            // read: a lone surrogate (or an odd last byte) would otherwise be stored as U+FFFD without a word.
            var encoding = bytes[0] == 0xFF ? StrictUtf16 : StrictUtf16BigEndian;
            try
            {
                text = encoding.GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException e)
            {
                var at = e.Index >= 0 ? e.Index + 2 : 2;
                var before = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, Math.Max(0, Math.Min(at, bytes.Length) - 2) & ~1);
                throw new ImportException(fileName, 1 + before.Count(c => c == '\n'), $"the file is not valid UTF-16 (a lone surrogate or a broken character at byte offset {at}).",
                    "Save it as UTF-8 (or valid UTF-16) and import again; a broken character could corrupt names and quotes.");
            }
        }
        else
        {
            var skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try
            {
                text = StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
            }
            catch (DecoderFallbackException e)
            {
                var at = e.Index >= 0 ? e.Index + skip : 0;
                var line = 1 + bytes.Take(Math.Min(at, bytes.Length)).Count(b => b == (byte)'\n');
                throw new ImportException(fileName, line, $"the file is not valid UTF-8 (bad byte at offset {at}).",
                    "Save it as UTF-8 and import again; guessing its encoding could corrupt names and quotes.");
            }
        }

        return new SourceFile(fileName, text, hash) { Size = bytes.Length };
    }
}
