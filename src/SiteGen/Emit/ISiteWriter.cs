namespace SiteGen.Emit;

/// <summary>Where an emit puts the site's files: staged and swapped (build), or updated in place (serve).</summary>
public interface ISiteWriter
{
    void Begin();

    void WriteText(string sitePath, string content);

    void Copy(string sitePath, string sourceFile);

    void Commit();

    void Abandon();
}
