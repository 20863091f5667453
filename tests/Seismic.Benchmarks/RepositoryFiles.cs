namespace Seismic.Benchmarks;

/// <summary>Files of this repository (the committed sample district), found by walking up to Seismic.sln.</summary>
public static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "Seismic.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException($"no Seismic.sln above {AppContext.BaseDirectory}");
        }
    }

    public static string HaizhuSample => Path.Combine(Root, "geodata", "haizhu", "haizhu.gpkg");
}
