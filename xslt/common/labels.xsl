<?xml version="1.0" encoding="UTF-8"?>
<!--
  Labels: the fixed words of a page and of the PDF (headings, field names, titles of markers, month
  names) in the reader's language, chosen with the parameter $labels ('en', 'de', 'fr', 'es', 'ru').

  One table, $tk:label-table: a key to its values, one per language in the order of
  $tk:label-languages. Every key has a value in every language (LabelTableTest fails otherwise). A
  value may hold %1, %2: the arguments of tk:label#2. The table is a static variable, built when the
  stylesheet is compiled: a lookup is a map access and an index, nothing is built or loaded per page.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all"
    expand-text="no">

  <!-- The language of the page's fixed words: 'en' (default), 'de', 'fr', 'es' or 'ru' (a region
       such as 'de-AT' counts as its language); any other falls back to English. -->
  <xsl:param name="labels" as="xs:string" select="'en'"/>

  <!-- The languages the table has, in the order of its values. -->
  <xsl:variable name="tk:label-languages" static="yes" as="xs:string+" select="('en', 'de', 'fr', 'es', 'ru')"/>

  <!-- The chosen language, or 'en' when the table does not have it. -->
  <xsl:variable name="tk:labels-lang" as="xs:string"
      select="(lower-case(tokenize(normalize-space($labels), '[-_]')[1])[. = $tk:label-languages], 'en')[1]"/>

  <!-- The position of the chosen language's values in the table. -->
  <xsl:variable name="tk:label-index" as="xs:integer" select="index-of($tk:label-languages, $tk:labels-lang)"/>

  <!-- The label of a key in the chosen language; an unknown key is a stylesheet error, not a blank. -->
  <xsl:function name="tk:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:variable name="value" as="xs:string?" select="map:get($tk:label-table, $key)[$tk:label-index]"/>
    <xsl:sequence select="if (exists($value)) then $value else error(xs:QName('tk:E0201'), 'No label ' || $key)"/>
  </xsl:function>

  <!-- The label with %1 ... %9 replaced by the arguments, in one pass over the label: an argument is
       never searched for placeholders itself. (Not replace(): its pattern, made of the argument's
       number, would be compiled as a regular expression on every call; labels with arguments are used
       for every note call and page break, and that made a page ~30% slower.) -->
  <xsl:function name="tk:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="args" as="xs:anyAtomicType*"/>
    <xsl:variable name="parts" as="xs:string*" select="tokenize(tk:label($key), '%')"/>
    <xsl:sequence select="string-join((head($parts), tail($parts) ! tk:label-part(., $args)))"/>
  </xsl:function>

  <!-- A part of a label after a '%': the argument its first character numbers, then the rest; a '%'
       not followed by an argument's number stays. -->
  <xsl:function name="tk:label-part" as="xs:string">
    <xsl:param name="part" as="xs:string"/>
    <xsl:param name="args" as="xs:anyAtomicType*"/>
    <xsl:variable name="n" as="xs:integer" select="string-length(substring-before('123456789', substring($part, 1, 1))) + 1"/>
    <xsl:sequence select="if ($part ne '' and contains('123456789', substring($part, 1, 1)) and $n le count($args))
        then string($args[$n]) || substring($part, 2)
        else '%' || $part"/>
  </xsl:function>

  <!-- The table: key -> its values in the order of $tk:label-languages. A static variable, so that it
       is built once when the stylesheet is compiled, not for each page. -->
  <xsl:variable name="tk:label-table" static="yes" as="map(xs:string, xs:string+)" select="map {
        (: Page and PDF chrome :)
        'notes': ('Notes', 'Anmerkungen', 'Notes', 'Notas', 'Примечания'),
        'note-n': ('Note %1', 'Anmerkung %1', 'Note %1', 'Nota %1', 'Примечание %1'),
        'note-n-inline': ('note %1', 'Anm. %1', 'note %1', 'nota %1', 'прим. %1'),
        'note-back': ('Back to the call of note %1', 'Zurück zum Verweis auf Anmerkung %1', 'Retour à l’appel de la note %1', 'Volver a la llamada de la nota %1', 'Назад к ссылке на примечание %1'),
        'page-of': ('Page %1 of %2', 'Seite %1 von %2', 'Page %1 sur %2', 'Página %1 de %2', 'Страница %1 из %2'),
        'page-word': ('Page', 'Seite', 'Page', 'Página', 'Страница'),
        'of-word': ('of', 'von', 'sur', 'de', 'из'),
        'summary': ('Summary', 'Regest', 'Résumé', 'Resumen', 'Краткое содержание'),
        'contents': ('Contents', 'Inhalt', 'Table des matières', 'Índice', 'Содержание'),
        'show-sections': ('Show the %1 sections', 'Die %1 Abschnitte anzeigen', 'Afficher les %1 sections', 'Mostrar las %1 secciones', 'Показать разделы (%1)'),
        'skip-to-text': ('Skip to the text', 'Zum Text springen', 'Aller au texte', 'Saltar al texto', 'Перейти к тексту'),
        'skip-to-content': ('Skip to the content', 'Zum Inhalt springen', 'Aller au contenu', 'Saltar al contenido', 'Перейти к содержанию'),
        'nav-edition': ('Edition', 'Edition', 'Édition', 'Edición', 'Издание'),
        'nav-site': ('Site', 'Website', 'Site', 'Sitio', 'Сайт'),
        'all-documents': ('All documents', 'Alle Dokumente', 'Tous les documents', 'Todos los documentos', 'Все документы'),
        'back-to-all': ('Back to all documents', 'Zurück zu allen Dokumenten', 'Retour à tous les documents', 'Volver a todos los documentos', 'Назад ко всем документам'),
        'made-with': ('Reading edition made with teikit%1 from the TEI source.', 'Leseausgabe, mit teikit%1 aus der TEI-Quelle erstellt.', 'Édition de lecture produite avec teikit%1 à partir de la source TEI.', 'Edición de lectura generada con teikit%1 a partir de la fuente TEI.', 'Издание для чтения создано с помощью teikit%1 из источника TEI.'),
        'cite-heading': ('How to cite this edition', 'Zitierempfehlung', 'Comment citer cette édition', 'Cómo citar esta edición', 'Как цитировать это издание'),
        'copy-citation': ('Copy citation', 'Zitat kopieren', 'Copier la citation', 'Copiar la cita', 'Скопировать ссылку'),
        'translated-by': ('Translated by %1', 'Übersetzt von %1', 'Traduit par %1', 'Traducido por %1', 'Перевод: %1'),
        'colon': ('%1: ', '%1: ', '%1 : ', '%1: ', '%1: '),
        'and': ('and', 'und', 'et', 'y', 'и'),
        'quote-open': ('“', '„', '«&#xA0;', '«', '«'),
        'quote-close': ('”', '“', '&#xA0;»', '»', '»'),
        'accessed': ('Accessed %1', 'Abgerufen am %1', 'Consulté le %1', 'Consultado el %1', 'Дата обращения: %1'),
        'about-edition': ('About this edition', 'Zu dieser Edition', 'À propos de cette édition', 'Sobre esta edición', 'Об этом издании'),
        'tei-source': ('TEI source', 'TEI-Quelle', 'Source TEI', 'Fuente TEI', 'Источник TEI'),
        'pdf-edition': ('PDF edition', 'PDF-Ausgabe', 'Édition PDF', 'Edición en PDF', 'Издание в PDF'),
        'source-record': ('Source record', 'Quellennachweis', 'Notice de la source', 'Registro de la fuente', 'Запись об источнике'),
        'record-id': ('Record ID', 'Datensatz-ID', 'Identifiant de la notice', 'ID del registro', 'Идентификатор записи'),
        'published-online': ('Published online', 'Online veröffentlicht', 'Publié en ligne', 'Publicado en línea', 'Опубликовано онлайн'),
        'acquisition': ('Acquisition', 'Erwerbung', 'Acquisition', 'Adquisición', 'Поступление'),
        'history': ('History', 'Versionsgeschichte', 'Historique', 'Historial', 'История изменений'),
        'transcription-heading': ('Transcription of the source', 'Transkription der Vorlage', 'Transcription de la source', 'Transcripción de la fuente', 'Транскрипция источника'),
        'untitled': ('Untitled document', 'Dokument ohne Titel', 'Document sans titre', 'Documento sin título', 'Документ без названия'),
        (: Header panel and title block fields :)
        'field-date': ('Date', 'Datum', 'Date', 'Fecha', 'Дата'),
        'field-type': ('Type', 'Typ', 'Type', 'Tipo', 'Тип'),
        'field-doctype': ('Document type', 'Dokumenttyp', 'Type de document', 'Tipo de documento', 'Тип документа'),
        'field-classification': ('Classification', 'Klassifikation', 'Classification', 'Clasificación', 'Гриф'),
        'field-archive': ('Archive', 'Archiv', 'Archives', 'Archivo', 'Архив'),
        'field-reference': ('Reference', 'Signatur', 'Cote', 'Signatura', 'Шифр'),
        'field-language': ('Original language', 'Originalsprache', 'Langue originale', 'Lengua original', 'Язык оригинала'),
        'field-author': ('Author', 'Verfasser', 'Auteur', 'Autor', 'Автор'),
        'field-editor': ('Editor', 'Herausgeber', 'Éditeur scientifique', 'Editor', 'Редактор'),
        'field-general-editor': ('General editor', 'Gesamtherausgeber', 'Directeur de l’édition', 'Director de la edición', 'Главный редактор'),
        'field-responsibility': ('Responsibility', 'Verantwortlich', 'Responsabilité', 'Responsabilidad', 'Ответственность'),
        'field-source': ('Source', 'Quelle', 'Source', 'Fuente', 'Источник'),
        'field-funder': ('Funder', 'Förderer', 'Financement', 'Financiación', 'Финансирование'),
        'field-publisher': ('Publisher', 'Verlag', 'Éditeur', 'Editorial', 'Издатель'),
        'field-online': ('Online', 'Online', 'En ligne', 'En línea', 'Онлайн'),
        'field-rights': ('Rights', 'Rechte', 'Droits', 'Derechos', 'Права'),
        'licence': ('Licence', 'Lizenz', 'Licence', 'Licencia', 'Лицензия'),
        (: Titles of editorial markers :)
        'supplied-by': ('Supplied by %1', 'Ergänzt von %1', 'Restitué par %1', 'Suplido por %1', 'Восполнено: %1'),
        'supplied-who': ('the translator or editor', 'dem Übersetzer oder Herausgeber', 'le traducteur ou l’éditeur', 'el traductor o el editor', 'переводчик или редактор'),
        'not-in-original': ('not in the original', 'nicht im Original', 'absent de l’original', 'no figura en el original', 'отсутствует в оригинале'),
        'gap': ('Gap in the text', 'Lücke im Text', 'Lacune dans le texte', 'Laguna en el texto', 'Лакуна в тексте'),
        'sic': ('Thus in the original', 'So im Original', 'Ainsi dans l’original', 'Así en el original', 'Так в оригинале'),
        'corrected': ('Corrected by the editor', 'Vom Herausgeber korrigiert', 'Corrigé par l’éditeur', 'Corregido por el editor', 'Исправлено редактором'),
        'unclear': ('Unclear in the original', 'Im Original unleserlich', 'Peu lisible dans l’original', 'Poco legible en el original', 'Неразборчиво в оригинале'),
        'damaged': ('Damaged in the original', 'Im Original beschädigt', 'Endommagé dans l’original', 'Dañado en el original', 'Повреждено в оригинале'),
        'page-break': ('Page %1', 'Seite %1', 'Page %1', 'Página %1', 'Страница %1'),
        'column-break': ('Column %1', 'Spalte %1', 'Colonne %1', 'Columna %1', 'Столбец %1'),
        'milestone': ('Milestone %1', 'Abschnittsmarke %1', 'Jalon %1', 'Hito %1', 'Веха %1'),
        'break': ('break', 'Umbruch', 'saut', 'salto', 'разрыв'),
        'image': ('Image', 'Abbildung', 'Image', 'Imagen', 'Изображение'),
        'figure': ('figure', 'Abbildung', 'figure', 'figura', 'рисунок'),
        'space': ('Space in the original', 'Freiraum im Original', 'Espace dans l’original', 'Espacio en el original', 'Пробел в оригинале'),
        'embedded-not-shown': ('embedded %1 not shown', 'eingebettetes %1 nicht angezeigt', '%1 incorporé non affiché', '%1 incrustado no mostrado', 'встроенный %1 не показан'),
        'embedded-title': ('Embedded content of the source is not shown in this edition', 'Eingebettete Inhalte der Quelle werden in dieser Edition nicht angezeigt', 'Le contenu incorporé de la source n’est pas affiché dans cette édition', 'El contenido incrustado de la fuente no se muestra en esta edición', 'Встроенное содержимое источника в этом издании не показано'),
        'witness-detail': ('Detail of the witness', 'Angabe zum Textzeugen', 'Détail du témoin', 'Detalle del testimonio', 'Сведения о списке'),
        (: The site's pages :)
        'documents': ('Documents', 'Dokumente', 'Documents', 'Documentos', 'Документы'),
        'one-document': ('1 document.', '1 Dokument.', '1 document.', '1 documento.', '1 документ.'),
        'n-documents': ('%1 documents.', '%1 Dokumente.', '%1 documents.', '%1 documentos.', 'Документов: %1.'),
        'names-index': ('People, places and organisations', 'Personen, Orte und Organisationen', 'Personnes, lieux et organisations', 'Personas, lugares y organizaciones', 'Люди, места и организации'),
        'people': ('People', 'Personen', 'Personnes', 'Personas', 'Люди'),
        'places': ('Places', 'Orte', 'Lieux', 'Lugares', 'Места'),
        'organisations': ('Organisations', 'Organisationen', 'Organisations', 'Organizaciones', 'Организации'),
        'none-tagged': ('None tagged.', 'Keine ausgezeichnet.', 'Aucun balisé.', 'Ninguno etiquetado.', 'Нет размеченных.'),
        'site-made-with': ('Edition made with teikit%1; static pages, no server needed.', 'Edition, mit teikit%1 erstellt; statische Seiten, kein Server nötig.', 'Édition produite avec teikit%1 ; pages statiques, sans serveur.', 'Edición generada con teikit%1; páginas estáticas, sin servidor.', 'Издание создано с помощью teikit%1; статические страницы, сервер не нужен.'),
        'search-heading': ('Search the full text', 'Volltextsuche', 'Rechercher dans le texte intégral', 'Buscar en el texto completo', 'Поиск по полному тексту'),
        'search-words': ('Words to find', 'Suchbegriffe', 'Mots à chercher', 'Palabras que buscar', 'Слова для поиска'),
        'search-needs-js': ('Search needs JavaScript; the list of documents below works without it.', 'Die Suche braucht JavaScript; die Liste der Dokumente unten funktioniert auch ohne.', 'La recherche nécessite JavaScript ; la liste des documents ci-dessous fonctionne sans.', 'La búsqueda necesita JavaScript; la lista de documentos de abajo funciona sin él.', 'Для поиска нужен JavaScript; список документов ниже работает и без него.'),
        'search-type': ('Type words to search %1 passages.', 'Wörter eingeben, um %1 Passagen zu durchsuchen.', 'Saisissez des mots pour chercher dans %1 passages.', 'Escriba palabras para buscar en %1 pasajes.', 'Введите слова для поиска по фрагментам (%1).'),
        'search-nothing': ('Nothing found.', 'Nichts gefunden.', 'Aucun résultat.', 'No se encontró nada.', 'Ничего не найдено.'),
        'search-found-one': ('1 passage found', '1 Passage gefunden', '1 passage trouvé', '1 pasaje encontrado', 'Найден 1 фрагмент'),
        'search-found': ('%1 passages found', '%1 Passagen gefunden', '%1 passages trouvés', '%1 pasajes encontrados', 'Найдено фрагментов: %1'),
        'search-first': ('; the first %1 are listed.', '; die ersten %1 sind aufgeführt.', ' ; les %1 premiers sont listés.', '; se muestran los primeros %1.', '; показаны первые %1.'),
        'copied': ('Copied', 'Kopiert', 'Copié', 'Copiado', 'Скопировано'),
        'filter': ('Filter', 'Filter', 'Filtrer', 'Filtrar', 'Фильтр'),
        'year': ('Year', 'Jahr', 'Année', 'Año', 'Год'),
        'title': ('Title', 'Titel', 'Titre', 'Título', 'Название'),
        (: Dates: %1 day, %2 month, %3 year; the month after a day is the month-of form (Russian genitive). :)
        'date-dmy': ('%1 %2 %3', '%1. %2 %3', '%1 %2 %3', '%1 de %2 de %3', '%1 %2 %3'),
        'date-my': ('%2 %3', '%2 %3', '%2 %3', '%2 de %3', '%2 %3'),
        (: The access date of a citation (May 3, 2024 in Chicago style). :)
        'date-access': ('%2 %1, %3', '%1. %2 %3', '%1 %2 %3', '%1 de %2 de %3', '%1 %2 %3'),
        'bce': ('%1 BCE', '%1 v. Chr.', '%1 av. J.-C.', '%1 a. C.', '%1 до н. э.'),
        'month-1': ('January', 'Januar', 'janvier', 'enero', 'январь'),
        'month-2': ('February', 'Februar', 'février', 'febrero', 'февраль'),
        'month-3': ('March', 'März', 'mars', 'marzo', 'март'),
        'month-4': ('April', 'April', 'avril', 'abril', 'апрель'),
        'month-5': ('May', 'Mai', 'mai', 'mayo', 'май'),
        'month-6': ('June', 'Juni', 'juin', 'junio', 'июнь'),
        'month-7': ('July', 'Juli', 'juillet', 'julio', 'июль'),
        'month-8': ('August', 'August', 'août', 'agosto', 'август'),
        'month-9': ('September', 'September', 'septembre', 'septiembre', 'сентябрь'),
        'month-10': ('October', 'Oktober', 'octobre', 'octubre', 'октябрь'),
        'month-11': ('November', 'November', 'novembre', 'noviembre', 'ноябрь'),
        'month-12': ('December', 'Dezember', 'décembre', 'diciembre', 'декабрь'),
        'month-of-1': ('January', 'Januar', 'janvier', 'enero', 'января'),
        'month-of-2': ('February', 'Februar', 'février', 'febrero', 'февраля'),
        'month-of-3': ('March', 'März', 'mars', 'marzo', 'марта'),
        'month-of-4': ('April', 'April', 'avril', 'abril', 'апреля'),
        'month-of-5': ('May', 'Mai', 'mai', 'mayo', 'мая'),
        'month-of-6': ('June', 'Juni', 'juin', 'junio', 'июня'),
        'month-of-7': ('July', 'Juli', 'juillet', 'julio', 'июля'),
        'month-of-8': ('August', 'August', 'août', 'agosto', 'августа'),
        'month-of-9': ('September', 'September', 'septembre', 'septiembre', 'сентября'),
        'month-of-10': ('October', 'Oktober', 'octobre', 'octubre', 'октября'),
        'month-of-11': ('November', 'November', 'novembre', 'noviembre', 'ноября'),
        'month-of-12': ('December', 'Dezember', 'décembre', 'diciembre', 'декабря')
      }"/>

</xsl:stylesheet>
