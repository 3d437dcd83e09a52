using System.Buffers;
using System.Text;
using System.Text.Json;
using SiteGen.Binding;

namespace SiteGen.Study;

/// <summary>
/// Writes the one file that knows every question id by part and chapter, for the home page's progress. It is a
/// script that assigns a global (loadable from file://, where fetch is refused), loaded only by the pages that
/// need it, so that no page carries data that grows with the whole guide.
/// </summary>
public static class StudyDataWriter
{
    public const string SitePath = "study/questions.js";

    public const string GlobalName = "SiteGenStudyData";

    /// <summary>
    /// <c>{"parts":[{"index":0,"chapters":[{"path":"…","questions":["…"]}]}]}</c>, written field by field: the
    /// serializer's reflection path (metadata, emitted accessors, every built-in converter) cost about 50 ms of a
    /// cold build on the critical path, for a file of a few KB.
    /// </summary>
    public static string Write(SiteModel model)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("parts");
            foreach (var part in StudyOutline.Of(model).Parts)
            {
                json.WriteStartObject();
                json.WriteNumber("index", part.Index);
                json.WriteStartArray("chapters");
                foreach (var chapter in part.Chapters)
                {
                    json.WriteStartObject();
                    json.WriteString("path", chapter.SitePath);
                    json.WriteStartArray("questions");
                    foreach (var id in chapter.QuestionIds) json.WriteStringValue(id);
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return $"window.{GlobalName} = {Encoding.UTF8.GetString(buffer.WrittenSpan)};\n";
    }
}
