import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';

export default function Directory() {
  const { t } = useTranslation();
  return <Heading variant="h1">{t('directory.title')}</Heading>;
}
