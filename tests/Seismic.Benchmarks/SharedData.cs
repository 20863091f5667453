namespace Seismic.Benchmarks;

/// <summary>Locates the real-data folder (osm/, reference/): $SEISMIC_SHARED, else a <c>shared</c> folder above.</summary>
public static class SharedData
{
    public static string Folder
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("SEISMIC_SHARED");
            if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
            {
                return env;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "osm")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException(
                $"no shared/osm folder above {AppContext.BaseDirectory}; set SEISMIC_SHARED to the folder holding osm/");
        }
    }

    public static string File(string relative)
    {
        var path = Path.Combine(Folder, relative);
        return System.IO.File.Exists(path) ? path : throw new FileNotFoundException($"benchmark input missing: {path}", path);
    }
}
