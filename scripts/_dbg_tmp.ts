import { parseAuthorField } from '../src/clean/dateline.js';
for (const a of ['جنيف : (رويترز)', 'واشنطن : (أ ف ب)', 'لندن : رويترز', 'مكة المكرمة : واس', '"الاقتصادية" من الرياض', 'بريدة - عبدالرحمن التويجري:', 'أشيقر - عبدالله المقحم:', 'جدة - واس:', 'واشنطن  : د ب ا'])
  console.log(a, JSON.stringify(parseAuthorField(a, 'aleqtisadiya')));
for (const a of ['الجزيرة - وسيلة الحلبي:', 'علي ضباح ـ الحد الجنوبي', 'عدن، صنعاء: محمد عبدالعظيم، الوكالات', 'رغبة - محمد الحميضي / تصوير - عبد الله الحميضي:'])
  console.log(a, JSON.stringify(parseAuthorField(a, 'x')));
