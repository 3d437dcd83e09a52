using SiteGen.Binding;

namespace SiteGen.Emit.ViewModels;

/// <summary>Nests a page's flat list of h2/h3 entries into the two-level table of contents layouts show.</summary>
public static class TocTree
{
    public static TocItemViewModel[] Build(IReadOnlyList<TocEntry> entries)
    {
        var items = new List<TocItemViewModel>();
        var children = new List<TocItemViewModel>();
        TocEntry? current = null;
        void Flush()
        {
            if (current is not null) items.Add(new TocItemViewModel(current.Id, current.Text, children.ToArray()));
            children.Clear();
        }
        foreach (var entry in entries)
        {
            if (entry.Level == 2 || current is null)
            {
                Flush();
                current = entry;
            }
            else
            {
                children.Add(new TocItemViewModel(entry.Id, entry.Text, []));
            }
        }
        Flush();
        return items.ToArray();
    }
}
