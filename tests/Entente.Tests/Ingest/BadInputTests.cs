using System.Text;
using Entente.Ingest;

namespace Entente.Tests.Ingest;

public sealed class BadInputTests
{
    [Fact]
    public void Binary_file_is_a_problem()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("notes.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A]);

        var item = Assert.Single(new ArticleSource().Read(path));

        Assert.Equal($"{path}: binary file (contains NUL bytes)", item.ToString());
    }

    [Fact]
    public void Binary_file_with_a_jsonl_extension_is_a_problem()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("dump.jsonl", [0x7B, 0x00, 0x01, 0x02]);

        var item = Assert.Single(new ArticleSource().Read(path));

        Assert.Equal($"{path}: binary file (contains NUL bytes)", item.ToString());
    }

    [Fact]
    public void Invalid_utf8_file_is_a_problem_naming_the_byte_offset()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("latin1.txt", [.. Encoding.ASCII.GetBytes("Port Ansel caf"), 0xE9, .. Encoding.ASCII.GetBytes(" and more text.")]);

        var item = Assert.Single(new ArticleSource().Read(path));

        Assert.Equal($"{path}: not valid UTF-8 (byte offset 14)", item.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\r\n\t  \n")]
    [InlineData("\uFEFF")]
    public void Empty_or_blank_file_is_a_problem(string text)
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("empty.txt", text);

        var item = Assert.Single(new ArticleSource().Read(path));

        Assert.Equal($"{path}: empty file", item.ToString());
    }

    [Fact]
    public void Plain_text_file_over_20_MB_is_a_problem()
    {
        using var folder = new TemporaryFolder();
        var line = Encoding.UTF8.GetBytes("The ferry left Port Ansel at dawn and reached Veloria by noon.\n");
        var bytes = new byte[21 * 1024 * 1024];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = line[i % line.Length];
        }

        var path = folder.Write("huge.txt", bytes);

        var item = Assert.Single(new ArticleSource().Read(path));

        Assert.Equal($"{path}: file is 21.0 MB; single articles over 20 MB are not read", item.ToString());
    }

    [Fact]
    public void Missing_path_is_a_problem()
    {
        var item = Assert.Single(new ArticleSource().Read("no/such/place.txt"));

        Assert.Equal("no/such/place.txt: no such file or folder", item.ToString());
    }

    [Fact]
    public void Unreadable_file_is_a_problem()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TemporaryFolder();
        var path = folder.Write("locked.txt", "Castamar closed the port on Monday.");
        File.SetUnixFileMode(path, UnixFileMode.None);
        if (CanStillRead(path))
        {
            // Root reads through file modes; there is no unreadable file to test with.
            return;
        }

        var item = Assert.Single(new ArticleSource().Read(path));

        Assert.Equal($"{path}: permission denied", item.ToString());
    }

    [Fact]
    public void Byte_order_mark_is_not_part_of_the_body()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Veloria signed the treaty.")]);

        var article = Assert.Single(new ArticleSource().Read(path)).Article!;

        Assert.Equal("Veloria signed the treaty.", article.Body);
    }

    [Fact]
    public void A_batch_goes_on_past_bad_files()
    {
        using var folder = new TemporaryFolder();
        folder.Write("a-good.txt", "Castamar opened the port on Monday.");
        folder.Write("b-binary.dat", [1, 0, 2]);
        folder.Write("c-empty.txt", string.Empty);
        folder.Write("d-good.txt", "Veloria closed the port on Tuesday.");

        var items = new ArticleSource().Read(folder.Path).ToList();

        Assert.Equal([true, false, false, true], items.Select(item => item.IsArticle));
    }

    [Fact]
    public void Problem_prints_as_one_line()
    {
        var problem = new ReadProblem("feed.xml item 3", "invalid pubDate \"to\nday\"");

        Assert.Equal("feed.xml item 3: invalid pubDate \"to day\"", problem.ToString());
    }

    private static bool CanStillRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
