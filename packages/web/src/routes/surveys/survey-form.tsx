// Create or edit a survey: title, intro, dates and ordered questions (single/multiple choice with
// options one a line, 1–5 rating, free text; required or not). Questions lock once responses are in.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Modal, Select, Switch } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { questionKinds, useSurveyMutations, type QuestionKind, type Survey, type SurveyInput } from '../../api/surveys.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { formLevelError, ServerError } from '../../components/server-error.tsx';
import { fromDay, toDay } from '../projects/lifecycle-ui.tsx';

interface QuestionValues {
  kind: QuestionKind;
  prompt: string;
  optionsText?: string;
  required: boolean;
}
interface Values {
  title: string;
  intro?: string;
  opensOn: Dayjs;
  closesOn: Dayjs;
  questions: QuestionValues[];
}

const isChoice = (k: QuestionKind | undefined) => k === 'single' || k === 'multiple';
const lines = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

const blankQuestion: QuestionValues = { kind: 'rating', prompt: '', required: true };

export function SurveyForm({
  projectId,
  survey,
  open,
  onClose,
  onSaved,
}: {
  projectId: number;
  survey: Survey | null;
  open: boolean;
  onClose: () => void;
  onSaved: (s: Survey) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const m = useSurveyMutations(projectId);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const locked = !!survey && !survey.abilities.editQuestions;
  const saving = m.create.isPending || m.update.isPending;

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      survey
        ? {
            title: survey.title,
            intro: survey.intro ?? undefined,
            opensOn: fromDay(survey.opensOn)!,
            closesOn: fromDay(survey.closesOn)!,
            questions: survey.questions.map((q) => ({ kind: q.kind, prompt: q.prompt, optionsText: q.options.join('\n'), required: q.required })),
          }
        : { questions: [{ ...blankQuestion }] },
    );
  }, [open, survey, form]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setError(null);
    const questions = v.questions.map((q) => ({
      kind: q.kind,
      prompt: q.prompt.trim(),
      options: isChoice(q.kind) ? lines(q.optionsText) : [],
      required: q.required,
    }));
    const body: SurveyInput = { title: v.title.trim(), intro: (v.intro ?? '').trim(), opensOn: toDay(v.opensOn)!, closesOn: toDay(v.closesOn)!, questions };
    const done = {
      onSuccess: (s: Survey) => {
        message.success(t('common.saved'));
        onSaved(s);
      },
      onError: (e: unknown) => setError(formLevelError(form, e, ['title', 'intro', 'opensOn', 'closesOn'])),
    };
    if (!survey) m.create.mutate(body, done);
    else {
      const { questions: qs, ...rest } = body;
      m.update.mutate({ id: survey.id, body: locked ? rest : { ...rest, questions: qs } }, done);
    }
  };

  return (
    <Modal
      open={open}
      title={survey ? t('sv.edit') : t('sv.new')}
      width={760}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'survey-form-submit' }}
      forceRender
      styles={{ body: { maxHeight: '70vh', overflowY: 'auto', paddingRight: 8 } }}
    >
      <Form form={form} layout="vertical" data-testid="survey-form">
        <Form.Item name="title" label={t('sv.title')} rules={[{ required: true, whitespace: true, min: 2, message: t('common.required') }]}>
          <Input data-testid="survey-form-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="intro" label={t('sv.intro')}>
          <Input.TextArea data-testid="survey-form-intro" autoSize={{ minRows: 2, maxRows: 5 }} maxLength={5000} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="opensOn" label={t('sv.opensOn')} rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker data-testid="survey-form-opensOn" />
          </Form.Item>
          <Form.Item
            name="closesOn"
            label={t('sv.closesOn')}
            dependencies={['opensOn']}
            rules={[
              { required: true, message: t('common.required') },
              ({ getFieldValue }) => ({
                validator: (_, v: Dayjs | undefined) =>
                  !v || !getFieldValue('opensOn') || !v.isBefore(getFieldValue('opensOn'), 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('sv.datesOrder'))),
              }),
            ]}
          >
            <DatePicker data-testid="survey-form-closesOn" />
          </Form.Item>
        </Flex>
        {locked && <Alert type="info" showIcon title={t('sv.lockedQuestions')} style={{ marginBottom: 12 }} data-testid="survey-form-locked" />}
        <Form.List name="questions">
          {(fields, { add, remove, move }) => (
            <>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  style={{ marginBottom: 10 }}
                  data-testid={`survey-form-q-${i}`}
                  title={t('sv.q', { n: i + 1 })}
                  extra={
                    !locked && (
                      <span>
                        <Button
                          size="small"
                          type="text"
                          icon={<ArrowUpOutlined />}
                          disabled={i === 0}
                          onClick={() => move(i, i - 1)}
                          aria-label={t('sv.q.up')}
                          title={t('sv.q.up')}
                          data-testid={`survey-form-q-up-${i}`}
                        />
                        <Button
                          size="small"
                          type="text"
                          icon={<ArrowDownOutlined />}
                          disabled={i === fields.length - 1}
                          onClick={() => move(i, i + 1)}
                          aria-label={t('sv.q.down')}
                          title={t('sv.q.down')}
                        />
                        <Button
                          size="small"
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          disabled={fields.length === 1}
                          onClick={() => remove(i)}
                          aria-label={t('sv.q.remove')}
                          title={t('sv.q.remove')}
                          data-testid={`survey-form-q-remove-${i}`}
                        />
                      </span>
                    )
                  }
                >
                  <Flex gap={12} wrap align="start">
                    <Form.Item name={[f.name, 'kind']} label={t('sv.q.kind')} style={{ width: 170, marginBottom: 8 }} rules={[{ required: true }]}>
                      <Select
                        disabled={locked}
                        data-testid={`survey-form-q-kind-${i}`}
                        options={questionKinds.map((k) => ({ value: k, label: t(`sv.kind.${k}` as MessageKey) }))}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'required']} label={t('sv.q.required')} valuePropName="checked" style={{ marginBottom: 8 }}>
                      <Switch disabled={locked} data-testid={`survey-form-q-required-${i}`} />
                    </Form.Item>
                  </Flex>
                  <Form.Item
                    name={[f.name, 'prompt']}
                    label={t('sv.q.prompt')}
                    style={{ marginBottom: 8 }}
                    rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                  >
                    <Input disabled={locked} maxLength={500} data-testid={`survey-form-q-prompt-${i}`} />
                  </Form.Item>
                  <Form.Item noStyle dependencies={[['questions', f.name, 'kind']]}>
                    {({ getFieldValue }) =>
                      isChoice(getFieldValue(['questions', f.name, 'kind'])) && (
                        <Form.Item
                          name={[f.name, 'optionsText']}
                          label={t('sv.q.options')}
                          style={{ marginBottom: 8 }}
                          rules={[
                            {
                              validator: (_, v: string | undefined) => {
                                const o = lines(v);
                                if (o.length < 2) return Promise.reject(new Error(t('sv.q.minOptions')));
                                if (new Set(o).size !== o.length) return Promise.reject(new Error(t('sv.q.dupOptions')));
                                return Promise.resolve();
                              },
                            },
                          ]}
                        >
                          <Input.TextArea disabled={locked} autoSize={{ minRows: 2, maxRows: 8 }} data-testid={`survey-form-q-options-${i}`} />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                </Card>
              ))}
              {!locked && (
                <Button
                  block
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ ...blankQuestion })}
                  disabled={fields.length >= 50}
                  data-testid="survey-form-q-add"
                >
                  {t('sv.q.add')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form>
      <ServerError error={error} style={{ marginTop: 12 }} />
    </Modal>
  );
}
