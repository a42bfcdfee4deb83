using System.Text;
using PeaceTalks.Core.Documents;

namespace PeaceTalks.Core.Tests.Documents;

public class SourceFileReaderTests
{
    [Fact]
    public void A_file_opened_for_an_import_holds_its_text_only_while_a_stage_reads_it()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("peacetalks-open-").FullName, "talks.txt");
        try
        {
            File.WriteAllText(path, "Envoys met in Vienna on 3 May 2031.\n");
            var source = SourceFileReader.Open(path);
            Assert.Equal(36, source.Size);

            // Read again from the file when asked, and kept until released.
            File.WriteAllText(path, "Envoys met in Oslo on 4 May 2031.\n");
            var error = Assert.Throws<ImportException>(() => source.Raw);
            Assert.Equal((path, "the file changed while it was being imported."), (error.File, error.Problem));

            File.WriteAllText(path, "Envoys met in Vienna on 3 May 2031.\n");
            Assert.Equal("Envoys met in Vienna on 3 May 2031.\n", source.Raw);
            File.Delete(path);
            Assert.Equal("Envoys met in Vienna on 3 May 2031.\n", source.Raw);

            source.Release();
            Assert.Throws<ImportException>(() => source.Raw);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void A_text_given_whole_is_kept_however_often_it_is_released()
    {
        var source = SourceFileReader.Decode("given.txt", Encoding.UTF8.GetBytes("Envoys met."));
        source.Release();
        Assert.Equal("Envoys met.", source.Raw);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_not_part_of_the_text()
    {
        var source = SourceFileReader.Decode("bom.txt", [0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i']);
        Assert.Equal("Hi", source.Raw);
    }

    [Fact]
    public void A_utf16_file_with_its_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Київ talks")).ToArray();
        Assert.Equal("Київ talks", SourceFileReader.Decode("utf16.txt", bytes).Raw);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_file_and_line()
    {
        var bytes = Encoding.UTF8.GetBytes("line one\nline two \u00e9").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var error = Assert.Throws<ImportException>(() => SourceFileReader.Decode("bad.txt", bytes));
        Assert.StartsWith("bad.txt:2: the file is not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_bytes_are_an_unknown_format()
    {
        var source = SourceFileReader.Decode("blob.bin", [0x00, 0x01, 0x02, (byte)'a', 0x00]);
        var error = Assert.Throws<ImportException>(() => DocumentReaders.Detect(source).Format);
        Assert.Contains("blob.bin", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown format", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t ")]
    [InlineData("just a few words\nand another short line")]
    public void Text_that_is_neither_format_is_refused(string text)
    {
        var error = Assert.Throws<ImportException>(() => DocumentReaders.Detect(new SourceFile("odd.txt", text, "0")).Format);
        Assert.StartsWith("odd.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_article_seed_is_an_encyclopedia_scrape() =>
        Assert.Equal("EncyclopediaScrape", DocumentReaders.Detect(Seeds.Article).Format);
}
