namespace SiteGen.Search;

/// <summary>
/// The Porter stemmer (M.F. Porter, "An algorithm for suffix stripping", 1980), following the reference
/// implementation. search-core.js implements the same algorithm; tests/search/vectors.json keeps them equal.
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2) return word;
        var b = word.ToCharArray();
        var k = b.Length - 1;
        var state = new State(b, k);
        state.Step1Ab();
        if (state.K > 0)
        {
            state.Step1C();
            state.Step2();
            state.Step3();
            state.Step4();
            state.Step5();
        }
        return new string(b, 0, state.K + 1);
    }

    /// <summary>The reference implementation's buffer b[0..k] and the stem end j, as mutable state.</summary>
    private sealed class State(char[] b, int k)
    {
        private int _j;

        public int K => k;

        private bool IsConsonant(int i) => b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>m(): the number of consonant-vowel sequences in b[0..j].</summary>
        private int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > _j) return n;
                if (!IsConsonant(i)) break;
                i++;
            }
            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j) return n;
                    if (IsConsonant(i)) break;
                    i++;
                }
                i++;
                n++;
                while (true)
                {
                    if (i > _j) return n;
                    if (!IsConsonant(i)) break;
                    i++;
                }
                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!IsConsonant(i)) return true;
            }
            return false;
        }

        private bool DoubleConsonant(int i) => i >= 1 && b[i] == b[i - 1] && IsConsonant(i);

        /// <summary>cvc(i): consonant-vowel-consonant ending at i, the last consonant not w, x or y.</summary>
        private bool Cvc(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2)) return false;
            return b[i] is not ('w' or 'x' or 'y');
        }

        private bool EndsWith(string s)
        {
            var length = s.Length;
            if (length > k + 1) return false;
            for (var i = 0; i < length; i++)
            {
                if (b[k - length + 1 + i] != s[i]) return false;
            }
            _j = k - length;
            return true;
        }

        private void SetTo(string s)
        {
            for (var i = 0; i < s.Length; i++) b[_j + 1 + i] = s[i];
            k = _j + s.Length;
        }

        private void ReplaceIfMeasured(string s)
        {
            if (Measure() > 0) SetTo(s);
        }

        public void Step1Ab()
        {
            if (b[k] == 's')
            {
                if (EndsWith("sses")) k -= 2;
                else if (EndsWith("ies")) SetTo("i");
                else if (b[k - 1] != 's') k--;
            }
            if (EndsWith("eed"))
            {
                if (Measure() > 0) k--;
            }
            else if ((EndsWith("ed") || EndsWith("ing")) && VowelInStem())
            {
                k = _j;
                if (EndsWith("at")) SetTo("ate");
                else if (EndsWith("bl")) SetTo("ble");
                else if (EndsWith("iz")) SetTo("ize");
                else if (DoubleConsonant(k))
                {
                    k--;
                    if (b[k] is 'l' or 's' or 'z') k++;
                }
                else if (Measure() == 1 && Cvc(k))
                {
                    SetTo("e");
                }
            }
        }

        public void Step1C()
        {
            if (EndsWith("y") && VowelInStem()) b[k] = 'i';
        }

        public void Step2()
        {
            if (k == 0) return;
            switch (b[k - 1])
            {
                case 'a':
                    if (EndsWith("ational")) ReplaceIfMeasured("ate");
                    else if (EndsWith("tional")) ReplaceIfMeasured("tion");
                    break;
                case 'c':
                    if (EndsWith("enci")) ReplaceIfMeasured("ence");
                    else if (EndsWith("anci")) ReplaceIfMeasured("ance");
                    break;
                case 'e':
                    if (EndsWith("izer")) ReplaceIfMeasured("ize");
                    break;
                case 'l':
                    if (EndsWith("bli")) ReplaceIfMeasured("ble");
                    else if (EndsWith("alli")) ReplaceIfMeasured("al");
                    else if (EndsWith("entli")) ReplaceIfMeasured("ent");
                    else if (EndsWith("eli")) ReplaceIfMeasured("e");
                    else if (EndsWith("ousli")) ReplaceIfMeasured("ous");
                    break;
                case 'o':
                    if (EndsWith("ization")) ReplaceIfMeasured("ize");
                    else if (EndsWith("ation")) ReplaceIfMeasured("ate");
                    else if (EndsWith("ator")) ReplaceIfMeasured("ate");
                    break;
                case 's':
                    if (EndsWith("alism")) ReplaceIfMeasured("al");
                    else if (EndsWith("iveness")) ReplaceIfMeasured("ive");
                    else if (EndsWith("fulness")) ReplaceIfMeasured("ful");
                    else if (EndsWith("ousness")) ReplaceIfMeasured("ous");
                    break;
                case 't':
                    if (EndsWith("aliti")) ReplaceIfMeasured("al");
                    else if (EndsWith("iviti")) ReplaceIfMeasured("ive");
                    else if (EndsWith("biliti")) ReplaceIfMeasured("ble");
                    break;
                case 'g':
                    if (EndsWith("logi")) ReplaceIfMeasured("log");
                    break;
            }
        }

        public void Step3()
        {
            switch (b[k])
            {
                case 'e':
                    if (EndsWith("icate")) ReplaceIfMeasured("ic");
                    else if (EndsWith("ative")) ReplaceIfMeasured("");
                    else if (EndsWith("alize")) ReplaceIfMeasured("al");
                    break;
                case 'i':
                    if (EndsWith("iciti")) ReplaceIfMeasured("ic");
                    break;
                case 'l':
                    if (EndsWith("ical")) ReplaceIfMeasured("ic");
                    else if (EndsWith("ful")) ReplaceIfMeasured("");
                    break;
                case 's':
                    if (EndsWith("ness")) ReplaceIfMeasured("");
                    break;
            }
        }

        public void Step4()
        {
            if (k == 0) return;
            var matched = b[k - 1] switch
            {
                'a' => EndsWith("al"),
                'c' => EndsWith("ance") || EndsWith("ence"),
                'e' => EndsWith("er"),
                'i' => EndsWith("ic"),
                'l' => EndsWith("able") || EndsWith("ible"),
                'n' => EndsWith("ant") || EndsWith("ement") || EndsWith("ment") || EndsWith("ent"),
                'o' => (EndsWith("ion") && _j >= 0 && b[_j] is 's' or 't') || EndsWith("ou"),
                's' => EndsWith("ism"),
                't' => EndsWith("ate") || EndsWith("iti"),
                'u' => EndsWith("ous"),
                'v' => EndsWith("ive"),
                'z' => EndsWith("ize"),
                _ => false,
            };
            if (matched && Measure() > 1) k = _j;
        }

        public void Step5()
        {
            _j = k;
            if (b[k] == 'e')
            {
                var m = Measure();
                if (m > 1 || (m == 1 && !Cvc(k - 1))) k--;
            }
            if (b[k] == 'l' && DoubleConsonant(k) && Measure() > 1) k--;
        }
    }
}
