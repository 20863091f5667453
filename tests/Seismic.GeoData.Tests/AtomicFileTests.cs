using Seismic.GeoData;

namespace Seismic.GeoData.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("geodata-atomic-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Write_ReplacesExistingFile_AndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_dir.FullName, "out.csv");
        File.WriteAllText(path, "previous");

        AtomicFile.Write(path, temp => File.WriteAllText(temp, "new"));

        File.ReadAllText(path).Should().Be("new");
        Directory.GetFiles(_dir.FullName).Should().ContainSingle();
    }

    [Fact]
    public void Write_WritesToATemporaryPathInTheDestinationFolder_NotTheDestination()
    {
        var path = Path.Combine(_dir.FullName, "out.csv");
        string? seen = null;

        AtomicFile.Write(path, temp =>
        {
            seen = temp;
            File.WriteAllText(temp, "x");
        });

        seen.Should().NotBe(path);
        Path.GetDirectoryName(seen).Should().Be(_dir.FullName);
    }

    [Fact]
    public void Write_LeavesExistingFileAndNoTemporaryFile_WhenWriteFails()
    {
        var path = Path.Combine(_dir.FullName, "out.csv");
        File.WriteAllText(path, "previous");

        var act = () => AtomicFile.Write(path, temp =>
        {
            File.WriteAllText(temp, "half");
            throw new InvalidOperationException("disk full");
        });

        act.Should().Throw<InvalidOperationException>().WithMessage("disk full");
        File.ReadAllText(path).Should().Be("previous");
        Directory.GetFiles(_dir.FullName).Should().ContainSingle();
    }

    [Fact]
    public void WriteStream_CreatesMissingFolder_AndWritesTheStream()
    {
        var path = Path.Combine(_dir.FullName, "sub", "out.bin");

        AtomicFile.WriteStream(path, stream => stream.Write([1, 2, 3]));

        File.ReadAllBytes(path).Should().Equal(1, 2, 3);
        Directory.GetFiles(Path.GetDirectoryName(path)!).Should().ContainSingle();
    }

    [Fact]
    public void WriteStream_LeavesNoFile_WhenWriteFailsAndNoneExisted()
    {
        var path = Path.Combine(_dir.FullName, "out.bin");

        var act = () => AtomicFile.WriteStream(path, stream =>
        {
            stream.Write([1, 2, 3]);
            throw new IOException("device removed");
        });

        act.Should().Throw<IOException>();
        Directory.GetFiles(_dir.FullName).Should().BeEmpty();
    }

    [Fact]
    public void Write_RejectsEmptyPath()
    {
        var act = () => AtomicFile.Write("", _ => { });

        act.Should().Throw<ArgumentException>();
    }
}
