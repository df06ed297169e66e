// tpl: extern "C" shim over ctemplate.  No exception may cross into C.
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <dirent.h>
#include <sys/stat.h>

#include <ctemplate/template.h>

#include "tpl.h"

extern "C" {
#include "i18n.h"
#include "log.h"
}

using ctemplate::TemplateDictionary;

static TemplateDictionary *
D(struct tpl_dict *d)
{
	return reinterpret_cast<TemplateDictionary *>(d);
}

static struct tpl_dict *
C(TemplateDictionary *d)
{
	return reinterpret_cast<struct tpl_dict *>(d);
}

// Plain-text mails (templates/mail/) keep their blank lines: they are the
// paragraphs.  The pages' HTML loses them.
static ctemplate::Strip
strip_of(const std::string &file)
{
	return file.compare(0, 5, "mail/") == 0 ? ctemplate::DO_NOT_STRIP :
	    ctemplate::STRIP_BLANK_LINES;
}

// Registers one template file once per language, its [[KEY]] markers
// replaced by the texts of that language ("da/x.tpl", "en/x.tpl").
static int
load_file(const std::string &full, const std::string &file)
{
	FILE		*f = fopen(full.c_str(), "r");
	std::string	 src;
	char		 buf[8192];
	size_t		 n;
	int		 rc = 0;

	if (f == NULL) {
		log_err("templates: cannot open %s", full.c_str());
		return -1;
	}
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		src.append(buf, n);
	fclose(f);
	for (int l = 0; l < LANG__MAX; l++) {
		char	*bad = NULL, *text;
		size_t	 len;

		text = i18n_expand(static_cast<enum lang>(l), src.data(),
		    src.size(), &len, &bad);
		if (text == NULL) {
			log_err("templates: %s: [[%s]] is in no string table",
			    file.c_str(), bad);
			free(bad);
			return -1;
		}
		std::string name = std::string(i18n_codes[l]) + "/" + file;
		if (!ctemplate::StringToTemplateCache(name, std::string(text, len),
		    strip_of(file))) {
			log_err("templates: %s does not parse", name.c_str());
			rc = -1;
		}
		free(text);
	}
	return rc;
}

// Loads every .tpl file below dir (relative names, as pages use them).
static int
load_dir(const std::string &root, const std::string &rel)
{
	std::string	 path = root + "/" + rel;
	DIR		*dir = opendir(path.c_str());
	struct dirent	*de;
	int		 rc = 0;

	if (dir == NULL) {
		log_err("templates: cannot open %s", path.c_str());
		return -1;
	}
	while ((de = readdir(dir)) != NULL) {
		std::string name = de->d_name, file, full;
		struct stat st;

		if (name[0] == '.')
			continue;
		file = rel.empty() ? name : rel + "/" + name;
		full = root + "/" + file;
		if (stat(full.c_str(), &st) == -1)
			continue;
		if (S_ISDIR(st.st_mode)) {
			if (load_dir(root, file) == -1)
				rc = -1;
			continue;
		}
		if (name.size() < 5 || name.compare(name.size() - 4, 4, ".tpl"))
			continue;
		if (load_file(full, file) == -1)
			rc = -1;
	}
	closedir(dir);
	return rc;
}

extern "C" int
tpl_init(const char *root)
{
	try {
		if (i18n_load((std::string(root) + "/i18n").c_str()) == -1)
			return -1;
		if (load_dir(root, "") == -1)
			return -1;
		// Nothing is read from disk after start-up.
		ctemplate::mutable_default_template_cache()->Freeze();
		return 0;
	} catch (...) {
		log_err("templates: exception while loading");
		return -1;
	}
}

extern "C" int
tpl_register(const char *name, const char *text)
{
	try {
		return ctemplate::StringToTemplateCache(name, text,
		    ctemplate::STRIP_BLANK_LINES) ? 0 : -1;
	} catch (...) {
		return -1;
	}
}

extern "C" void
tpl_shutdown(void)
{
	try {
		ctemplate::mutable_default_template_cache()->ClearCache();
	} catch (...) {
	}
}

extern "C" struct tpl_dict *
tpl_dict_new(const char *name)
{
	try {
		return C(new TemplateDictionary(name));
	} catch (...) {
		abort();
	}
}

extern "C" void
tpl_dict_free(struct tpl_dict *d)
{
	delete D(d);
}

extern "C" void
tpl_set(struct tpl_dict *d, const char *key, const char *val)
{
	try {
		D(d)->SetValue(key, val != NULL ? val : "");
	} catch (...) {
		abort();
	}
}

extern "C" void
tpl_set_global(const char *key, const char *val)
{
	try {
		TemplateDictionary::SetGlobalValue(key, val != NULL ? val : "");
	} catch (...) {
		abort();
	}
}

extern "C" void
tpl_set_int(struct tpl_dict *d, const char *key, long long v)
{
	char	 buf[32];

	snprintf(buf, sizeof(buf), "%lld", v);
	tpl_set(d, key, buf);
}

extern "C" void
tpl_setf(struct tpl_dict *d, const char *key, const char *fmt, ...)
{
	std::string	 buf;
	va_list		 ap;
	int		 n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		abort();
	buf.resize(static_cast<size_t>(n) + 1);
	va_start(ap, fmt);
	vsnprintf(&buf[0], buf.size(), fmt, ap);
	va_end(ap);
	buf.resize(static_cast<size_t>(n));
	tpl_set(d, key, buf.c_str());
}

extern "C" void
tpl_show(struct tpl_dict *d, const char *section)
{
	try {
		D(d)->ShowSection(section);
	} catch (...) {
		abort();
	}
}

extern "C" struct tpl_dict *
tpl_section(struct tpl_dict *d, const char *section)
{
	try {
		return C(D(d)->AddSectionDictionary(section));
	} catch (...) {
		abort();
	}
}

extern "C" struct tpl_dict *
tpl_include(struct tpl_dict *d, const char *name, const char *file)
{
	try {
		TemplateDictionary *inc = D(d)->AddIncludeDictionary(name);

		inc->SetFilename(file);
		return C(inc);
	} catch (...) {
		abort();
	}
}

/*
 * Reverses ctemplate's HTML escaping (HtmlEscape: & < > " ' as &amp; &lt;
 * &gt; &quot; &#39;) in one pass from the left, so "&amp;lt;" becomes
 * "&lt;", as the value was.
 */
static void
unescape_html(std::string &s)
{
	static const struct {
		const char	*ent;
		size_t		 len;
		char		 c;
	} ents[] = {
		{ "&amp;", 5, '&' }, { "&lt;", 4, '<' }, { "&gt;", 4, '>' },
		{ "&quot;", 6, '"' }, { "&#39;", 5, '\'' },
	};
	std::string	 out;
	size_t		 i, k;

	out.reserve(s.size());
	for (i = 0; i < s.size(); i++) {
		k = sizeof(ents) / sizeof(ents[0]);
		if (s[i] == '&')
			for (k = 0; k < sizeof(ents) / sizeof(ents[0]); k++)
				if (s.compare(i, ents[k].len, ents[k].ent) == 0)
					break;
		if (k < sizeof(ents) / sizeof(ents[0])) {
			out += ents[k].c;
			i += ents[k].len - 1;
		} else
			out += s[i];
	}
	s.swap(out);
}

static char *
expand(const char *file, const struct tpl_dict *d, size_t *len, int text)
{
	try {
		std::string	 out;
		char		*p;

		out.reserve(8192);
		if (!ctemplate::ExpandTemplate(file, text ?
		    ctemplate::DO_NOT_STRIP : ctemplate::STRIP_BLANK_LINES,
		    reinterpret_cast<const TemplateDictionary *>(d), &out)) {
			log_err("templates: cannot expand %s", file);
			return NULL;
		}
		if (text) {
			// The line break after the pragma, then the values as
			// they were (see tpl.h).
			if (!out.empty() && out[0] == '\n')
				out.erase(0, 1);
			unescape_html(out);
		}
		if ((p = static_cast<char *>(malloc(out.size() + 1))) == NULL)
			return NULL;
		memcpy(p, out.data(), out.size());
		p[out.size()] = '\0';
		*len = out.size();
		return p;
	} catch (...) {
		log_err("templates: exception expanding %s", file);
		return NULL;
	}
}

extern "C" char *
tpl_expand(const char *file, const struct tpl_dict *d, size_t *len)
{
	return expand(file, d, len, 0);
}

extern "C" char *
tpl_expand_text(const char *file, const struct tpl_dict *d, size_t *len)
{
	return expand(file, d, len, 1);
}
