namespace SiteGen.Emit;

/// <summary>
/// Where an emit puts the site's files: staged and swapped (build), or updated in place (serve). Its writes may come
/// from several threads at once (pages, the search index, the assets); Begin, Commit and Abandon from one.
/// </summary>
public interface ISiteWriter
{
    void Begin();

    void WriteText(string sitePath, string content);

    /// <summary>
    /// Writes a file as <paramref name="write"/> produces it, from any thread. By default the text is gathered
    /// and written whole; a writer that can stream to disk does so.
    /// </summary>
    void WriteStreamed(string sitePath, Action<TextWriter> write)
    {
        using var text = new StringWriter();
        write(text);
        WriteText(sitePath, text.ToString());
    }

    void Copy(string sitePath, string sourceFile);

    void Commit();

    void Abandon();
}
