#include "tally_markup.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <pthread.h>
#include <string.h>

typedef struct tly_state {
  const tly_callbacks *callbacks;
  void *context;
  xmlParserCtxtPtr parser;
} tly_state;

static long tly_offset(tly_state *state) {
  if (state->parser == NULL) return -1;
  xmlParserInputPtr input = state->parser->input;
  if (input == NULL || input->base == NULL || input->cur == NULL) return -1;
  return (long)input->consumed + (long)(input->cur - input->base);
}

static void tly_start(void *data, const xmlChar *name, const xmlChar **attributes) {
  tly_state *state = data;
  state->callbacks->start_element(state->context, (const char *)name,
                                  (const char *const *)attributes, tly_offset(state));
}

static void tly_end(void *data, const xmlChar *name) {
  tly_state *state = data;
  state->callbacks->end_element(state->context, (const char *)name, tly_offset(state));
}

static void tly_text(void *data, const xmlChar *bytes, int length) {
  tly_state *state = data;
  state->callbacks->characters(state->context, (const char *)bytes, length, tly_offset(state), 0);
}

static void tly_cdata(void *data, const xmlChar *bytes, int length) {
  tly_state *state = data;
  state->callbacks->characters(state->context, (const char *)bytes, length, tly_offset(state), 1);
}

static void tly_structured_error(void *data, xmlErrorPtr error) {
  tly_state *state = data;
  if (state == NULL || error == NULL) return;
  int level = error->level == XML_ERR_WARNING ? 1 : (error->level == XML_ERR_FATAL ? 3 : 2);
  state->callbacks->error(state->context, error->code, level, error->line,
                          error->message != NULL ? error->message : "");
}

/* Errors raised outside a parse of ours go nowhere rather than to stderr. */
static void tly_silent_structured(void *data, xmlErrorPtr error) {
  (void)data;
  (void)error;
}
static void tly_silent_generic(void *data, const char *message, ...) {
  (void)data;
  (void)message;
}

/* No document may make Tally read a file or the network. */
static xmlParserInputPtr tly_refuse_entity(const char *url, const char *id,
                                           xmlParserCtxtPtr context) {
  (void)url;
  (void)id;
  (void)context;
  return NULL;
}

static pthread_once_t tly_once = PTHREAD_ONCE_INIT;
static void tly_initialize_once(void) {
  xmlInitParser();
  xmlSetExternalEntityLoader(tly_refuse_entity);
  xmlSubstituteEntitiesDefault(0);
  xmlLoadExtDtdDefaultValue = 0;
}

void tly_initialize(void) { pthread_once(&tly_once, tly_initialize_once); }

static void tly_fill_handler(xmlSAXHandler *handler) {
  memset(handler, 0, sizeof(*handler));
  handler->startElement = tly_start;
  handler->endElement = tly_end;
  handler->characters = tly_text;
  handler->ignorableWhitespace = tly_text;
  handler->cdataBlock = tly_cdata;
  /* initialized = 1, not XML_SAX2_MAGIC: libxml2 then reports plain
     (qualified) names through startElement, for HTML and XML alike. */
  handler->initialized = 1;
}

/* Error handlers are thread-local in libxml2: set them around each parse. */
static void tly_capture_errors(tly_state *state) {
  xmlSetGenericErrorFunc(NULL, tly_silent_generic);
  xmlSetStructuredErrorFunc(state, tly_structured_error);
}
static void tly_release_errors(void) {
  xmlSetStructuredErrorFunc(NULL, tly_silent_structured);
}

/* Runs one parse with our SAX handler in place of libxml2's tree builder, then frees
   everything: no libxml2 pointer outlives the call. */
static int tly_run(xmlParserCtxtPtr parser, int (*parse)(xmlParserCtxtPtr),
                   void (*release)(xmlParserCtxtPtr), const tly_callbacks *callbacks,
                   void *context) {
  tly_state state = {callbacks, context, parser};
  tly_capture_errors(&state);
  xmlSwitchEncoding(parser, XML_CHAR_ENCODING_UTF8);
  xmlSAXHandler handler;
  tly_fill_handler(&handler);
  xmlSAXHandlerPtr original = parser->sax;
  parser->sax = &handler;
  parser->userData = &state;
  parse(parser);
  parser->sax = original;
  parser->userData = NULL;
  if (parser->myDoc != NULL) {
    xmlFreeDoc(parser->myDoc);
    parser->myDoc = NULL;
  }
  release(parser);
  tly_release_errors();
  return 0;
}

int tly_parse_html(const char *bytes, size_t length, const tly_callbacks *callbacks,
                   void *context) {
  tly_initialize();
  if (length > 0x7fffffff) return -1;
  htmlParserCtxtPtr parser = htmlCreateMemoryParserCtxt(bytes, (int)length);
  if (parser == NULL) return -1;
  htmlCtxtUseOptions(parser, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NODEFDTD |
                                 HTML_PARSE_IGNORE_ENC);
  return tly_run(parser, htmlParseDocument, htmlFreeParserCtxt, callbacks, context);
}

int tly_html_entity_value(const char *name) {
  const htmlEntityDesc *entity = htmlEntityLookup((const xmlChar *)name);
  return entity == NULL ? -1 : (int)entity->value;
}

int tly_parse_xml(const char *bytes, size_t length, const tly_callbacks *callbacks,
                  void *context) {
  tly_initialize();
  if (length > 0x7fffffff) return -1;
  xmlParserCtxtPtr parser = xmlCreateMemoryParserCtxt(bytes, (int)length);
  if (parser == NULL) return -1;
  /* Never XML_PARSE_NOENT, DTDLOAD, XINCLUDE or HUGE. */
  xmlCtxtUseOptions(parser, XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_IGNORE_ENC);
  return tly_run(parser, xmlParseDocument, xmlFreeParserCtxt, callbacks, context);
}
